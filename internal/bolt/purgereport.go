package bolt

import (
	"fmt"
	"io"
	"time"
)

// Report writes, for the operator, what a purge of what is older than
// before did (verb "purged") or would do ("would purge"), with the
// retention period in days.
func (st PurgeStats) Report(w io.Writer, verb string, before time.Time, days int) {
	fmt.Fprintf(w, "%s what is older than %s (retention %d days):\n", verb, before.Format(time.DateOnly), days)
	fmt.Fprintf(w, "  conversations anonymised  %d (their counts stay for the statistics)\n", st.Conversations)
	fmt.Fprintf(w, "  messages deleted          %d\n", st.Messages)
	fmt.Fprintf(w, "  unanswered deleted        %d\n", st.Unanswered)
	fmt.Fprintf(w, "  feedback texts cleared    %d\n", st.Feedback)
	fmt.Fprintf(w, "  suggestion texts cleared  %d\n", st.Suggestions)
	fmt.Fprintf(w, "  proposal texts cleared    %d\n", st.Proposals)
	fmt.Fprintf(w, "  tickets anonymised        %d\n", st.Tickets)
	fmt.Fprintf(w, "  residents deleted         %d\n", st.Residents)
	fmt.Fprintf(w, "  outbox items deleted      %d\n", st.Outbox)
}
