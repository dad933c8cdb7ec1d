package catalog

import (
	"strings"
	"sync"
	"sync/atomic"
)

// The emergency path asks of each message, some hundred times, whether it
// holds one of the strings a guarded expression requires. Asked one
// string at a time (strings.Contains), that cost more than the
// expressions it saved on a long message: a message is therefore read
// once, for every required string of every guarded expression at once,
// and what it holds is kept for the next questions about the same text.

// needTable holds every string a guarded expression requires.
var needTable needsTable

// A needsTable numbers the required strings, and indexes them by the
// classes of their first two bytes so that a text is read in one pass.
type needsTable struct {
	ids     map[string]int32
	all     []string
	once    sync.Once
	indexed bool
	heads   [classes * classes]int32 // first need of each pair of classes, -1 for none
	one     [classes]int32           // first need of one byte, by class
	next    []int32                  // the next need of the same bucket
}

// classes are the classes of a byte: a letter, a digit, a space, any
// other byte.
const classes = 38

// byteClass is the class of b.
func byteClass(b byte) int {
	switch {
	case b >= 'a' && b <= 'z':
		return int(b-'a') + 1
	case b >= '0' && b <= '9':
		return int(b-'0') + 27
	case b == ' ':
		return 37
	}
	return 0
}

// The table is built while the package's variables are initialised, and
// indexed by init: an expression guarded later (in a test) is not in it,
// and looks for its strings one at a time.
func init() { needTable.index() }

// add returns the number of w, adding it if new, or -1 once the table is
// indexed.
func (t *needsTable) add(w string) int32 {
	if t.indexed {
		return -1
	}
	if t.ids == nil {
		t.ids = map[string]int32{}
	}
	if id, ok := t.ids[w]; ok {
		return id
	}
	id := int32(len(t.all))
	t.ids[w] = id
	t.all = append(t.all, w)
	return id
}

// index builds the buckets, once.
func (t *needsTable) index() {
	t.once.Do(func() {
		for i := range t.heads {
			t.heads[i] = -1
		}
		for i := range t.one {
			t.one[i] = -1
		}
		t.next = make([]int32, len(t.all))
		for id := int32(len(t.all)) - 1; id >= 0; id-- {
			w := t.all[id]
			head := &t.one[byteClass(w[0])]
			if len(w) > 1 {
				head = &t.heads[byteClass(w[0])*classes+byteClass(w[1])]
			}
			t.next[id], *head = *head, id
		}
		t.indexed = true
	})
}

// A needScan is what one text holds of the required strings: bit id of
// has is set when it holds needTable.all[id].
type needScan struct {
	text string
	has  []uint64
}

// recentScans are the last texts read, shared by all goroutines: a scan
// is never changed once stored, so a lost race only costs a new reading.
var (
	recentScans [8]atomic.Pointer[needScan]
	nextScan    atomic.Uint32
)

// scanNeeds returns what text holds of the required strings, read once
// for the few texts of a message (its key, its words, their variants).
func scanNeeds(text string) *needScan {
	for i := range recentScans {
		if sc := recentScans[i].Load(); sc != nil && sc.text == text {
			return sc
		}
	}
	t := &needTable
	t.index()
	sc := &needScan{text: text, has: make([]uint64, (len(t.all)+63)/64)}
	mark := func(id int32, at string) {
		for ; id >= 0; id = t.next[id] {
			if strings.HasPrefix(at, t.all[id]) {
				sc.has[id/64] |= 1 << (id % 64)
			}
		}
	}
	for i := 0; i < len(text); i++ {
		c := byteClass(text[i])
		mark(t.one[c], text[i:])
		if i+1 < len(text) {
			mark(t.heads[c*classes+byteClass(text[i+1])], text[i:])
		}
	}
	recentScans[nextScan.Add(1)%uint32(len(recentScans))].Store(sc)
	return sc
}
