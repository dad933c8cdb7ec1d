package catalog

import (
	"slices"
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

// A needsTable numbers the required strings, and indexes them in a trie
// of their bytes so that a text is read in one pass: from each of its
// bytes, the walk down the trie meets every string that starts there.
type needsTable struct {
	ids     map[string]int32
	all     []string
	once    sync.Once
	indexed bool
	root    [256]int32 // the node after each first byte, -1 for none
	nodes   []needNode
	labels  []byte  // the bytes of the nodes' children, sorted, by node
	kids    []int32 // the children, in the order of labels
}

// A needNode is a node of the trie: the string its path spells, if it is
// one (need ≥ 0), and its children labels[first:first+n].
type needNode struct {
	need     int32
	first, n int32
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

// index builds the trie, once: the strings sorted, each node's children
// are the runs of the strings below it that share their next byte.
func (t *needsTable) index() {
	t.once.Do(func() {
		order := make([]int32, 0, len(t.all))
		for id, w := range t.all {
			if w != "" {
				order = append(order, int32(id))
			}
		}
		slices.SortFunc(order, func(a, b int32) int { return strings.Compare(t.all[a], t.all[b]) })
		for i := range t.root {
			t.root[i] = -1
		}
		for _, r := range t.runs(order, 0) {
			t.root[t.all[r[0]][0]] = t.node(r, 1)
		}
		t.indexed = true
	})
}

// runs splits sorted strings, all longer than depth, by their byte at
// depth.
func (t *needsTable) runs(order []int32, depth int) [][]int32 {
	var out [][]int32
	for i := 0; i < len(order); {
		j := i + 1
		for j < len(order) && t.all[order[j]][depth] == t.all[order[i]][depth] {
			j++
		}
		out = append(out, order[i:j])
		i = j
	}
	return out
}

// node adds the node of the sorted strings order, which share their
// first depth bytes, and returns its number.
func (t *needsTable) node(order []int32, depth int) int32 {
	n := int32(len(t.nodes))
	t.nodes = append(t.nodes, needNode{need: -1})
	if len(t.all[order[0]]) == depth {
		t.nodes[n].need, order = order[0], order[1:]
	}
	runs := t.runs(order, depth)
	first := int32(len(t.labels))
	t.nodes[n].first, t.nodes[n].n = first, int32(len(runs))
	for _, r := range runs {
		t.labels = append(t.labels, t.all[r[0]][depth])
		t.kids = append(t.kids, -1)
	}
	for i, r := range runs {
		t.kids[first+int32(i)] = t.node(r, depth+1)
	}
	return n
}

// child returns the child of node n by byte b, or -1.
func (t *needsTable) child(n int32, b byte) int32 {
	nd := t.nodes[n]
	labels := t.labels[nd.first : nd.first+nd.n]
	if i, ok := slices.BinarySearch(labels, b); ok {
		return t.kids[nd.first+int32(i)]
	}
	return -1
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
	for i := 0; i < len(text); i++ {
		for n, j := t.root[text[i]], i+1; n >= 0; j++ {
			if id := t.nodes[n].need; id >= 0 {
				sc.has[id/64] |= 1 << (id % 64)
			}
			if j == len(text) {
				break
			}
			n = t.child(n, text[j])
		}
	}
	recentScans[nextScan.Add(1)%uint32(len(recentScans))].Store(sc)
	return sc
}
