package catalog

import "testing"

// qa3Case (chatqa3, the outside console check of 8 December 2026) is a line and what the engine must do with it: answer want, or
// (when offer) answer or offer it as a button.
type qa3Case struct {
	q, want string
	offer   bool
}

func checkQA3(t *testing.T, m *Matcher, cases []qa3Case) {
	t.Helper()
	for _, c := range cases {
		res := m.Match(c.q)
		checkResult(t, res)
		ok := res.Outcome == Answer && res.ID == c.want
		if c.offer {
			ok = helps(res, c.want)
		}
		if !ok {
			how := "answered"
			if c.offer {
				how = "answered or offered"
			}
			t.Errorf("%q: %v %q %v, want %s %s", c.q, res.Outcome, res.ID, res.Offered, c.want, how)
		}
	}
}
