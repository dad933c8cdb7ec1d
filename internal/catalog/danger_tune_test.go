package catalog

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

type tuneLine struct {
	Q      string   `json:"q"`
	Accept []string `json:"accept"`
	Kind   string   `json:"kind"`
}

func readTuneLines(t testing.TB, path string) []tuneLine {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []tuneLine
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var l tuneLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		if l.Kind == "" {
			l.Kind = "ordinary"
			for _, id := range l.Accept {
				if strings.HasPrefix(id, "urgence-") {
					l.Kind = "distress"
				}
			}
		}
		out = append(out, l)
	}
	return out
}

// TestTuneDanger prints, for the danger reader, the scores of the
// messages that signals miss: set PIMMS_TUNE=1.
func TestTuneDanger(t *testing.T) {
	if os.Getenv("PIMMS_TUNE") == "" {
		t.Skip("PIMMS_TUNE not set")
	}
	m := NewMatcher(mustLoadFAQ(t))
	sets := map[string][]tuneLine{}
	files, _ := filepath.Glob("testdata/*.jsonl")
	files = append(files, "/work/shared/eval/dev.jsonl")
	for _, f := range files {
		sets[filepath.Base(f)] = readTuneLines(t, f)
	}
	final := readTuneLines(t, "/work/blind/distress-final.jsonl")
	for i, l := range final {
		name := "final-A"
		if i%2 == 1 {
			name = "final-B(held)"
		}
		sets[name] = append(sets[name], l)
	}
	names := make([]string, 0, len(sets))
	for n := range sets {
		names = append(names, n)
	}
	sort.Strings(names)
	thresholds := []float64{2, 4, 6, 8, 10, 12, 14, 16}
	for _, n := range names {
		var dScores, oScores, aloneD, aloneO []float64
		var dSig, dN, oSig, oN, right int
		for _, l := range sets[n] {
			key := phraseKey(l.Q)
			msg := newMessage(key)
			msg.maskFigurative()
			class, score := m.danger.read(&msg)
			r := m.Match(l.Q)
			if offTopic.MatchString(key) {
				score = -99
			}
			if l.Kind == "distress" {
				aloneD = append(aloneD, score)
			} else {
				aloneO = append(aloneO, score)
			}
			if l.Kind == "distress" {
				dN++
				if r.Emergency {
					dSig++
					continue
				}
				dScores = append(dScores, score)
				id := m.docs[m.danger.classes[class]].id
				ok := false
				for _, a := range l.Accept {
					ok = ok || a == id
				}
				if ok {
					right++
				}
				if os.Getenv("PIMMS_TUNE") == "v" && !strings.Contains(n, "held") {
					t.Logf("%s miss %.1f %s %v %.80q", n, score, id, l.Accept, l.Q)
				}
				continue
			}
			oN++
			if r.Emergency {
				oSig++
				continue
			}
			oScores = append(oScores, score)
			if os.Getenv("PIMMS_TUNE") == "v" && score > 5 && !strings.Contains(n, "held") {
				t.Logf("%s alarm %.1f %s %.80q", n, score, m.docs[m.danger.classes[class]].id, l.Q)
			}
		}
		line := fmt.Sprintf("%-24s distress %d (signals %d, reader right entry %d/%d) ordinary %d (signals %d):", n, dN, dSig, right, len(dScores), oN, oSig)
		for _, th := range thresholds {
			line += fmt.Sprintf(" %g:+%d/-%d", th, countAtLeast(dScores, th), countAtLeast(oScores, th))
		}
		line += "\n      alone:"
		for _, th := range thresholds {
			line += fmt.Sprintf(" %g:+%d/-%d", th, countAtLeast(aloneD, th), countAtLeast(aloneO, th))
		}
		t.Log(line)
	}
}

func countAtLeast(xs []float64, th float64) int {
	n := 0
	for _, x := range xs {
		if x >= th {
			n++
		}
	}
	return n
}

// A tuneItem is a line of the tuning sets, held out or not.
type tuneItem struct {
	line tuneLine
	held bool
}

// tuneSet reads the development sets (testdata and dev.jsonl) and the
// distress-final set kept outside the repository, whose odd lines are held
// out (final-B).
func tuneSet(t *testing.T) []tuneItem {
	var out []tuneItem
	files, _ := filepath.Glob("testdata/*.jsonl")
	files = append(files, "/work/shared/eval/dev.jsonl")
	for _, f := range files {
		for _, l := range readTuneLines(t, f) {
			out = append(out, tuneItem{line: l})
		}
	}
	for i, l := range readTuneLines(t, "/work/blind/distress-final.jsonl") {
		out = append(out, tuneItem{line: l, held: i%2 == 1})
	}
	return out
}

// TestTuneDangerGrid tries reader options: for each, the lowest threshold
// that adds no false alarm on the development sets (final-B excluded), and
// what the reader adds there and on final-B.
func TestTuneDangerGrid(t *testing.T) {
	if os.Getenv("PIMMS_TUNE") == "" {
		t.Skip("PIMMS_TUNE not set")
	}
	c := mustLoadFAQ(t)
	m := NewMatcher(c)
	type item struct {
		l      tuneLine
		held   bool
		signal bool
		msg    message
	}
	var items []item
	for _, tl := range tuneSet(t) {
		items = append(items, item{l: tl.line, held: tl.held})
	}
	for i := range items {
		it := &items[i]
		it.signal = m.Match(it.l.Q).Emergency
		key := phraseKey(it.l.Q)
		it.msg = newMessage(key)
		it.msg.maskFigurative()
		if offTopic.MatchString(key) {
			it.msg.words = nil
		}
	}
	for _, floor := range []float64{1e-5, 3e-5, 1e-4} {
		for _, win := range []int{16, 20, 28, 40} {
			{
				opt := dangerOptions{floor: floor, window: win}
				dm := trainDanger(c, m.urgentID, opt, dangerCorpus)
				thr := math.Inf(-1)
				type sc struct {
					s     float64
					right bool
				}
				scores := make([]sc, len(items))
				var aloneD, aloneN int
				for i, it := range items {
					class, s := dm.read(&it.msg)
					id := ""
					if class > 0 {
						id = m.docs[dm.classes[class]].id
					}
					scores[i] = sc{s, slices.Contains(it.l.Accept, id)}
					if !it.held && it.l.Kind != "distress" && !it.signal && s > thr {
						thr = s
					}
				}
				thr += 0.01
				var gainA, gainB, rightA, rightB, faB int
				for i, it := range items {
					s := scores[i]
					if it.l.Kind == "distress" && !it.held {
						aloneN++
						if s.s >= thr && s.right {
							aloneD++
						}
					}
					if it.signal || s.s < thr {
						continue
					}
					switch {
					case it.l.Kind == "distress" && it.held:
						gainB++
						if s.right {
							rightB++
						}
					case it.l.Kind == "distress":
						gainA++
						if s.right {
							rightA++
						}
					case it.held:
						faB++
					}
				}
				t.Logf("floor %g win %2d thr %5.1f: reader alone right %d/%d; dev gain %d (%d right); held gain %d (%d right), held false alarms %d",
					floor, win, thr, aloneD, aloneN, gainA, rightA, gainB, rightB, faB)
			}
		}
	}
}

// TestTuneDangerRank tries the reader together with the ranking: an
// emergency when the reader scores at least a and an emergency entry is
// among the engine's first k candidates.
func TestTuneDangerRank(t *testing.T) {
	if os.Getenv("PIMMS_TUNE") == "" {
		t.Skip("PIMMS_TUNE not set")
	}
	c := mustLoadFAQ(t)
	m := NewMatcher(c)
	type item struct {
		l         tuneLine
		held      bool
		signal    bool
		score     float64
		right     bool
		urgentAt  int
		rightRank bool
	}
	var items []item
	for _, tl := range tuneSet(t) {
		items = append(items, item{l: tl.line, held: tl.held})
	}
	for i := range items {
		it := &items[i]
		r := m.Match(it.l.Q)
		it.signal = r.Emergency
		key := phraseKey(it.l.Q)
		msg := newMessage(key)
		msg.maskFigurative()
		class, s := m.danger.read(&msg)
		if offTopic.MatchString(key) || figurative.MatchString(key) || r.Outcome == Answer && m.docs[0].smallTalk {
			s = -99
		}
		it.score = s
		if class > 0 {
			it.right = slices.Contains(it.l.Accept, m.docs[m.danger.classes[class]].id)
		}
		rk := m.rank(it.l.Q)
		it.urgentAt = 99
		for j := 0; j < rk.n; j++ {
			if m.urgent[rk.top[j]] {
				it.urgentAt = j
				it.rightRank = slices.Contains(it.l.Accept, m.docs[rk.top[j]].id)
				break
			}
		}
	}
	for _, k := range []int{1, 2, 3, 99} {
		thr := math.Inf(-1)
		for _, it := range items {
			if !it.held && it.l.Kind != "distress" && !it.signal && it.urgentAt < k && it.score > thr {
				thr = it.score
				if os.Getenv("PIMMS_TUNE") == "v" {
					t.Logf("k %d: %.1f %.90q", k, it.score, it.l.Q)
				}
			}
		}
		thr += 0.01
		var gainA, gainB, rightA, rightB, faB int
		for _, it := range items {
			if it.signal || it.score < thr || it.urgentAt >= k {
				continue
			}
			switch {
			case it.l.Kind == "distress" && it.held:
				gainB++
				if it.right {
					rightB++
				}
			case it.l.Kind == "distress":
				gainA++
				if it.right {
					rightA++
				}
				if os.Getenv("PIMMS_TUNE") == "v" {
					t.Logf("k %d gain %.1f right %v rankright %v %.90q", k, it.score, it.right, it.rightRank, it.l.Q)
				}
			case it.held:
				faB++
			}
		}
		t.Logf("urgent in first %d, reader ≥ %.1f: dev gain %d (%d right); held gain %d (%d right), held false alarms %d", k, thr, gainA, rightA, gainB, rightB, faB)
	}
}

// BenchmarkTrainDanger measures what the reader adds to building a
// matcher.
func BenchmarkTrainDanger(b *testing.B) {
	c := mustLoadFAQ(b)
	m := NewMatcher(c)
	b.ReportAllocs()
	for b.Loop() {
		trainDanger(c, m.urgentID, defaultDanger, dangerCorpus)
	}
}

// TestDangerReader checks the reader on messages written for it: each
// reads as its emergency entry, above the threshold, or as ordinary.
func TestDangerReader(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for _, c := range []struct{ q, want string }{
		{"mon copain m'a cogné hier soir, j'ai un oeil au beurre noir et il revient ce soir", "urgence-violences"},
		{"ma mère et moi on a plus d'appart depuis ce matin, on a nulle part pour dormir cette nuit", "urgence-hebergement"},
		{"je ne vois plus l'intérêt de vivre, je pense à en finir", "urgence-detresse"},
		{"le petit des voisins est seul et il a des traces de coups partout", "urgence-enfance"},
		{"mon père respire mal, il a une douleur dans la poitrine et il est tout pâle", "urgence-medicale"},
		{"je voudrais changer l'adresse de ma carte grise", ""},
		{"quand est-ce que la caf verse les allocations ce mois-ci", ""},
		{"mon fils a besoin d'un passeport pour partir en voyage scolaire", ""},
	} {
		msg := newMessage(phraseKey(c.q))
		class, score := m.danger.read(&msg)
		got := ""
		if score >= dangerRead {
			got = m.docs[m.danger.classes[class]].id
		}
		if got != c.want {
			t.Errorf("%q reads as %q (%.1f), want %q", c.q, got, score, c.want)
		}
	}
}

// TestDangerContent: the words that only name a person or a moment read
// as danger together, but give no content (readAll); a word of harm
// beside them does.
func TestDangerContent(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	for _, c := range []struct {
		q    string
		harm bool
	}{
		{"mon fils chante la nuit", false},
		{"ma fille se maquille le soir", false},
		{"voisin bat son fils", true},
		{"forcée par mon mari cette nuit", true},
	} {
		msg := newMessage(phraseKey(c.q))
		_, score, content := m.danger.readAll(&msg)
		// The names alone read near danger (over it before the reader
		// learned the everyday lines of danger_corpus.txt), a harm
		// over it.
		if least := dangerRead - 3; !c.harm && score < least || c.harm && score < dangerRead {
			t.Errorf("%q reads %.1f, want at least %.1f (the case this test is about)", c.q, score, least)
		}
		if got := content >= dangerContent; got != c.harm {
			t.Errorf("%q: content %.1f, want harm told %v", c.q, content, c.harm)
		}
	}
	naming := namingSounds()
	for f, want := range map[string]bool{"fil": true, "la nui": true, "mO fil": true, "pleur": false, "fil pleur": false} {
		if got := namingFeature(f, naming); got != want {
			t.Errorf("namingFeature(%q) = %v, want %v", f, got, want)
		}
	}
}
