package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"

	"pimmsbot/internal/catalog"
)

// askJSON formats one line of "pimmsbot ask --json" as DESIGN.md §5 shows
// it, spaces included, with the outcome and the entries offered as buttons
// added at the end:
//
//	{"question": "...", "id": "caf-apl", "confidence": 0.87, "candidates": [{"id": "caf-apl", "score": 12.3}], "outcome": "answer", "offered": []}
func askJSON(q string, r catalog.Result) string {
	var b strings.Builder
	b.WriteString(`{"question": `)
	b.WriteString(jsonValue(q))
	b.WriteString(`, "id": `)
	b.WriteString(jsonValue(r.ID))
	b.WriteString(`, "confidence": `)
	b.WriteString(jsonValue(r.Confidence))
	b.WriteString(`, "candidates": [`)
	for i, c := range r.Candidates {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`{"id": `)
		b.WriteString(jsonValue(c.ID))
		b.WriteString(`, "score": `)
		b.WriteString(jsonValue(c.Score))
		b.WriteString("}")
	}
	b.WriteString(`], "outcome": `)
	b.WriteString(jsonValue(r.Outcome.String()))
	b.WriteString(`, "offered": [`)
	for i, id := range r.Offered {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(jsonValue(id))
	}
	b.WriteString("]}")
	return b.String()
}

// jsonValue encodes a string or a number as JSON, without escaping HTML.
func jsonValue(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "null" // only for NaN or infinities, which Match never returns
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func runAsk(ctx context.Context, env *Env, args []string) int {
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	faqDir := faqFlag(fs)
	asJSON := fs.Bool("json", false, "print one JSON object per question")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "Usage: pimmsbot ask [--faq DIR] [--json] [question ...]")
		fmt.Fprintln(env.Stderr, "Without questions as arguments, reads one question per line on stdin.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	c, err := loadCatalog(*faqDir)
	if err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot ask: %v\n", err)
		return 1
	}
	m := catalog.NewMatcher(c)

	answer := func(q string) error {
		r := m.Match(q)
		if *asJSON {
			_, err := fmt.Fprintln(env.Stdout, askJSON(q, r))
			return err
		}
		_, err := fmt.Fprintln(env.Stdout, describe(q, r))
		return err
	}

	if fs.NArg() > 0 {
		for _, q := range fs.Args() {
			if err := answer(q); err != nil {
				fmt.Fprintf(env.Stderr, "pimmsbot ask: %v\n", err)
				return 1
			}
		}
		return 0
	}
	sc := bufio.NewScanner(env.Stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		if ctx.Err() != nil {
			return 1
		}
		q := strings.TrimSpace(sc.Text())
		if q == "" {
			continue
		}
		if err := answer(q); err != nil {
			fmt.Fprintf(env.Stderr, "pimmsbot ask: %v\n", err)
			return 1
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintf(env.Stderr, "pimmsbot ask: read stdin: %v\n", err)
		return 1
	}
	return 0
}

// describe formats one result for a person: the outcome, the id, the
// confidence, the question and the candidates.
func describe(q string, r catalog.Result) string {
	id := r.ID
	if id == "" {
		id = "-"
	}
	if len(r.Offered) > 0 {
		id = strings.Join(r.Offered, "|") + "?"
	}
	return fmt.Sprintf("%-7s %-32s %.2f  %q  [%s]", r.Outcome, id, r.Confidence, q, formatCandidates(r.Candidates))
}

func formatCandidates(cs []catalog.Candidate) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = fmt.Sprintf("%s %.1f", c.ID, c.Score)
	}
	return strings.Join(parts, ", ")
}
