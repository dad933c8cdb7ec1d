package catalog

import "testing"

// TestMarkupIsText: tags a resident types or pastes are no words, and
// neither is a script's or a style's content (chatqa3, item 7:
// « <b>bonjour</b> <script>…</script> » got the out-of-scope text).
func TestMarkupIsText(t *testing.T) {
	m := NewMatcher(mustLoadFAQ(t))
	checkQA3(t, m, []qa3Case{
		{q: "<b>bonjour</b> <script>alert('coucou')</script>", want: "greeting"},
		{q: "<p>j'ai perdu ma carte vitale</p><style>p { color: red }</style>", want: "ameli-carte-vitale"},
		{q: "<SCRIPT type=\"text/javascript\">document.write(1)</SCRIPT>merci beaucoup", want: "thanks"},
	})
}
