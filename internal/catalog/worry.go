package catalog

// No reader catches every way a resident in danger writes: « j'ai préparé
// des lettres pour ma famille », « on est sous un pont avec le petit »
// hold no phrase of an emergency entry, and the engine may rank an
// ordinary entry first. Those the engine does not answer still read
// somewhat like danger to the danger reader (danger.go), below the score
// at which it raises an emergency. Result.Worry marks them, so that the
// bot's « je ne suis pas sûr » also gives the emergency number and the
// emergencies' menu: a line that costs an ordinary resident little, and
// may be all a resident in danger needs.

// worryRead is the danger reader's score from which a message the engine
// does not answer is marked Worry, its content words giving at least
// dangerContent of it (a short message's reading may rest on « ma fille »
// and « le soir » alone). It was chosen on the distress sets 29–31 (none
// of the held-out set 32 nor of those written after) and the engine's sets
// 14–16: at 4, 23 of the 56 messages in danger that neither an emergency
// nor an answer took are marked, and 2 of the 186 everyday questions the
// engine does not answer (13 of the 202 ordinary lines that borrow the
// words of danger). Below 4 the reader's scores are noise: « comment
// adopter un chat » reads 1.4. See docs/answer-engine.md § 7.
const worryRead = 4.0

// worried reports whether the danger reader reads q, its everyday senses
// left out, at worryRead or more, on its content words too. msg is q as
// the emergency check read it (emergency), or the zero message when it
// did not: only its words are used, masked afresh.
func (m *Matcher) worried(q string, msg *message) bool {
	if m.danger == nil {
		return false
	}
	if msg.sounds == nil { // never read: newMessage always makes sounds
		*msg = newMessage(phraseKey(q))
	}
	msg.masked = nil
	if len(msg.words) == 0 {
		return false
	}
	msg.maskFigurative()
	if namesOnlyLeft(msg) {
		return false
	}
	_, score, content := m.danger.readAll(msg)
	return score >= worryRead && content >= dangerContent
}
