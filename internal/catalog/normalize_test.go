package catalog

import (
	"slices"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"case", "CARTE Vitale", []string{"cart", "vital"}},
		{"accents folded after stemming", "Électricité résiliation", []string{"electr", "resili"}},
		{"elision l'", "l'attestation", []string{"attest"}},
		{"elision d' and typographic apostrophe", "demande d’aide", []string{"demand", "aid"}},
		{"elision qu' and j'", "qu'est-ce que j'envoie", []string{"envoi"}},
		{"elision jusqu'", "jusqu'au 31", []string{"31"}},
		{"punctuation", "caf ?!... (apl) « loyer »", []string{"caf", "apl", "loi"}},
		{"ligature œ", "sœur, cœur", []string{"soeur", "coeur"}},
		{"stop words and fillers", "comment je dois faire pour le", nil},
		{"digits kept, split from letters", "2eme enfant 18ans", []string{"2", "enfant", "18", "an"}},
		{"an ordinal is its number", "mon 1er bail le 3ème mois, 1ère fois", []string{"1", "bail", "3", "mois", "1", "fois"}},
		{"sms fillers dropped", "jsp c koi pr ma cni", []string{"cni"}},
		{"hyphen", "France-Travail", []string{"franc", "travail"}},
		{"emoji only", "🙂🙏", nil},
		{"empty", "", nil},
		{"NFD input", "re\u0301silie\u0301", []string{"resili"}},
		{"a date tells when, not what", "je suis né le 12/03/1985 et je veux ma retraite", []string{"retrait"}},
		{"a year too", "né en 1985, retraite", []string{"retrait"}},
		{"a short date", "rdv le 5/10", []string{"rdv"}},
		{"a price is no date", "12.50 euros", []string{"12", "50", "euro"}},
		{"form and phone numbers are no years", "2042 3919", []string{"2042", "3919"}},
		{"1 is un before a noun", "jveux 1 logement", []string{"log"}},
		{"1 is a number before a unit", "payer 1 euro", []string{"pai", "1", "euro"}},
		{"qq1 is qqn", "parler a qq1", []string{"parl", "qqn"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Normalize(tt.in)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeSameKeyWithoutAccentsOrCase(t *testing.T) {
	// Unanswered questions are grouped by these tokens.
	a := strings.Join(Normalize("Où est ma carte d'identité ?"), " ")
	b := strings.Join(Normalize("OÙ EST MA CARTE D'IDENTITÉ"), " ")
	if a != b {
		t.Errorf("%q != %q", a, b)
	}
}

func TestNormalizeLongInput(t *testing.T) {
	got := Normalize(strings.Repeat("renouvellement ", 1000))
	if len(got) > maxWords {
		t.Errorf("got %d tokens, want at most %d", len(got), maxWords)
	}
}

// TestNormalizeStemCollisions checks that words the stemmer gives one stem
// although they mean different things keep apart: a cut is not a blow,
// a television is not a telephone, parking is not a station, mould is
// not a month.
func TestNormalizeStemCollisions(t *testing.T) {
	pairs := [][2]string{
		{"coupé", "coups"}, {"couper", "coup"}, {"coupée", "coups"},
		{"télé", "tél"}, {"télé", "tel"},
		{"garer", "gare"}, {"garée", "gare"},
		{"moisi", "mois"}, {"moisie", "mois"},
	}
	for _, p := range pairs {
		if a, b := Normalize(p[0]), Normalize(p[1]); slices.Equal(a, b) {
			t.Errorf("%q and %q give the same tokens %q", p[0], p[1], a)
		}
	}
	// The same words of a family still meet.
	for _, p := range [][2]string{{"coupé", "coupure"}, {"couper", "coupure"}, {"moisi", "moisissure"}, {"télé", "télévision"}} {
		if a, b := Normalize(p[0]), Normalize(p[1]); !slices.Equal(a, b) {
			t.Errorf("%q gives %q and %q gives %q, want the same", p[0], a, p[1], b)
		}
	}
	m := NewMatcher(testCatalog(t))
	if got, tel := m.Tokens("télé"), m.Tokens("tél"); slices.Equal(got, tel) {
		t.Errorf("Tokens(télé) = %q, the token of « tél » (a telephone)", got)
	}
}

// TestNormalizePluralInO checks that a plural in -os meets its singular:
// the Snowball stemmer keeps the s after an o (« restos », « infos »,
// « photos »), so « resto du cœur » missed the synonym « restos du cœur ».
func TestNormalizePluralInO(t *testing.T) {
	for _, p := range [][2]string{{"restos", "resto"}, {"infos", "info"}, {"photos", "photo"}, {"vélos", "vélo"}} {
		if a, b := Normalize(p[0]), Normalize(p[1]); !slices.Equal(a, b) {
			t.Errorf("%q gives %q and %q gives %q, want the same", p[0], a, p[1], b)
		}
	}
	// Short words keep their s: « dos » is no « do ».
	if got := Normalize("dos"); !slices.Equal(got, []string{"dos"}) {
		t.Errorf("Normalize(dos) = %q, want [dos]", got)
	}
}

// TestNormalizeQuestionWords: « quand » and « où » are kept as words of
// their own when they ask, not when they tell or insist.
func TestNormalizeQuestionWords(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want string // "" when no question word should be kept
	}{
		{"quand est-ce que la caf verse les allocs", askWhen},
		{"Bonjour. Quand tombe l'ARE ?", askWhen},
		{"c'est quand le prochain paiement", askWhen},
		{"le pimms ouvre quand ?", askWhen},
		{"qd arrive ma carte", askWhen},
		{"ou se trouve votre bureau", askWhere},
		{"c'est où exactement ?", askWhere},
		{"Où déposer mon dossier ?", ""},
		{"où est-ce que je peux l'imprimer ?", ""},
		{"ou est votre agence", askWhere},
		{"quand j'ai déménagé la caf a arrêté", ""},
		{"Quand on est arrivés, rien ne marchait", ""},
		{"ils veulent quand même le papier", ""},
		{"la ville où j'habite n'a pas de pimms", ""},
		{"carte vitale ou attestation", ""},
		{"et pour la caf kan est ce kil paye", askWhen},
		{"et la caf, quand est-ce qu'elle verse", askWhen},
		{"la caf a payé quand j'étais au chômage", ""},
		// After a verb of knowing or telling, a greeting, the question
		// opens there; « où » after « c », « êtes », « situés » asks.
		{"je voudrais savoir quand la caf paie", askWhen},
		{"pouvez-vous me dire quand arrive ma carte", askWhen},
		{"bonjour quand tombe le rsa", askWhen},
		{"je me demande où est la mairie annexe", askWhere},
		{"c ou le pimms", askWhere},
		{"vous etes situés ou", askWhere},
		{"je sais pas si c'est la caf ou les impots", ""},
		{"je sais quand même remplir le dossier", ""},
		// Without its accent, « ou » there may offer a choice.
		{"vous êtes ou pas ouverts samedi", ""},
		{"je dois déclarer ça ou pas aux impôts", ""},
		{"les frais sont ou non remboursés", ""},
		{"c ou pas pour moi la prime d'activité", ""},
		{"ça se trouve ou la mairie", askWhere},
		{"c ou la caf", askWhere},
	} {
		got := Normalize(tt.q)
		for _, w := range []string{askWhen, askWhere} {
			if n := strings.Count(strings.Join(got, " "), w); n > 1 {
				t.Errorf("Normalize(%q) = %v: %q %d times", tt.q, got, w, n)
			}
			if slices.Contains(got, w) != (w == tt.want) {
				t.Errorf("Normalize(%q) = %v, want %q among them: %v", tt.q, got, w, w == tt.want)
			}
		}
	}
}

// words marks the words that follow an article, also after an elision.
func TestWordsArticle(t *testing.T) {
	var got []string
	for _, w := range words("le mcdo ferme, j'ai l'attestation d'une amie et ma carte") {
		if w.article {
			got = append(got, w.folded)
		}
	}
	if want := []string{"mcdo", "attestation", "amie"}; !slices.Equal(got, want) {
		t.Errorf("words after an article: %v, want %v", got, want)
	}
}

func TestReadEndOfRights(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool // read as the end of the unemployment pay
	}{
		{"je n'ai plus droit au chômage", true},
		{"JE TOUCHE PLUS LE CHOMAGE", true},
		{"plus de chômage et plus rien pour vivre", true},
		{"jai plu de chomage", true},
		{"on m'a dit que j'avais plus droit aux allocations chômage", true},
		{"je n'ai plus d'indemnités chômage depuis mars", true},
		{"je ne suis plus au chômage, j'ai retrouvé du travail", false},
		{"j'ai droit au chômage ?", false},
		{"le chômage tombe quel jour", false},
		{"je n'ai plus de travail", false},
	} {
		got := strings.Contains(readEndOfRights(tc.in), "fin de droits")
		if got != tc.want {
			t.Errorf("readEndOfRights(%q) = %q, want the end of rights: %v", tc.in, readEndOfRights(tc.in), tc.want)
		}
	}
}
