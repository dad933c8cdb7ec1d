package catalog

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// TestExplainDanger prints, for each line of PIMMS_EXPLAIN (a file of
// messages, one a line, or of JSON lines with a "q"), what the emergency
// path read: signals, families, the plain ranking, the danger reader and
// the frames. A tool for finding why a message is missed or alarmed.
func TestExplainDanger(t *testing.T) {
	path := os.Getenv("PIMMS_EXPLAIN")
	if path == "" {
		t.Skip("PIMMS_EXPLAIN not set")
	}
	m := NewMatcher(mustLoadFAQ(t))
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		q := strings.TrimSpace(sc.Text())
		if q == "" {
			continue
		}
		if strings.HasPrefix(q, "{") {
			var l tuneLine
			if err := json.Unmarshal([]byte(q), &l); err != nil {
				t.Fatal(err)
			}
			q = l.Q
		}
		t.Log(m.explainDanger(q))
	}
}

// TestExplainMask prints the words of PIMMS_EXPLAIN_Q as the emergency
// path reads them, those an everyday sense or a figure masks as « _ ».
func TestExplainMask(t *testing.T) {
	q := os.Getenv("PIMMS_EXPLAIN_Q")
	if q == "" {
		t.Skip()
	}
	msg := newMessage(phraseKey(q))
	msg.maskFigurative()
	var ws []string
	for i, w := range msg.words {
		if msg.masked != nil && msg.masked[i] {
			w = "_"
		}
		ws = append(ws, w)
	}
	t.Log(strings.Join(ws, " "))
}

// TestExplainCues prints, for each message of the file PIMMS_EXPLAIN_CUES,
// the cues of present danger that keep it from a calm frame.
func TestExplainCues(t *testing.T) {
	path := os.Getenv("PIMMS_EXPLAIN_CUES")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	for _, q := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		msg := newMessage(phraseKey(q))
		text := strings.Join(msg.words, " ")
		t.Log("evictionAhead", evictionAhead.MatchString(text), "framed past", pastFrame.MatchString(text))
		for i, c := range append([]string{presentTime}, presentCues...) {
			if loc := anyPhrase(c).FindAllStringIndex(text); loc != nil {
				t.Logf("cue %d: %q", i, text[loc[0][0]:loc[0][1]])
			}
		}
	}
}

// explainDanger tells what the emergency path reads in q, for tests and
// tuning: the verdict, signals, families, the plain ranking, the danger
// reader and the frames.
func (m *Matcher) explainDanger(q string) string {
	var b strings.Builder
	r := m.Match(q)
	fmt.Fprintf(&b, "%.110q\n  → %v %s em=%v conf=%.2f\n", q, r.Outcome, r.ID, r.Emergency, r.Confidence)
	_, plain := m.rankBoth(q)
	key := phraseKey(q)
	msg, text, hit := m.readSignals(q, key)
	for _, i := range hit {
		var ws []string
		for _, w := range m.signals[i].words {
			ws = append(ws, w.text)
		}
		fmt.Fprintf(&b, "  signal %s: %s\n", m.docs[m.signals[i].doc].id, strings.Join(ws, " "))
	}
	for _, d := range m.familiesIn(&msg) {
		fmt.Fprintf(&b, "  family %s\n", m.docs[d].id)
	}
	text0 := strings.Join(msg.words, " ")
	for i, f := range signalFamilies {
		if f.in(text0) {
			fmt.Fprintf(&b, "  family #%d %s %s\n", i, f.id, runtime.FuncForPC(reflect.ValueOf(f.in).Pointer()).Name())
		}
	}
	b.WriteString("  rank:")
	for i := 0; i < plain.n; i++ {
		fmt.Fprintf(&b, " %s=%.2f", m.docs[plain.top[i]].id, plain.score[i])
	}
	if plain.n > 0 {
		fmt.Fprintf(&b, " conf=%.2f", m.confidence(plain))
	}
	if msg.masked == nil {
		msg.maskFigurative()
	}
	if m.danger != nil {
		class, score, content := m.danger.readAll(&msg)
		fmt.Fprintf(&b, "\n  reader: %s %.1f content %.1f", m.docs[m.danger.classes[class]].id, score, content)
	}
	fmt.Fprintf(&b, "\n  calm=%v everyday=%v procedure=%v figurative=%v namesChild=%v", calmFrame(text), everydayFrame(text), procedureCalm(text), msg.figurative(), namesChild(key))
	return b.String()
}
