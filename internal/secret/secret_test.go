package secret

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// A line of the tables in testdata: a resident's message, the secrets
// that must disappear from it, the parts that must stay, and its kind.
type line struct {
	Text    string   `json:"text"`
	Secrets []string `json:"secrets"`
	Keep    []string `json:"keep"`
	Kind    string   `json:"kind"`
}

// kinds are the Kinds a table's kind may be reported as.
var kinds = map[string][]Kind{
	"nir": {NIR}, "iban": {Bank}, "rib": {Bank}, "card": {Card}, "expiry": {Card}, "cvv": {Card, CardCode},
	"pin": {CardCode, Password}, "password": {Password}, "fiscal": {TaxNumber}, "ordinary": nil,
}

// tables are the tables of testdata.
var tables = []string{"blind.jsonl", "own.jsonl", "stress.jsonl", "families.jsonl", "novel.jsonl", "siblings.jsonl", "languages.jsonl", "neighbours.jsonl", "relatives.jsonl", "fresh.jsonl", "cousins.jsonl", "kin.jsonl", "kindred.jsonl", "kith.jsonl", "clan.jsonl", "tribe.jsonl", "brood.jsonl", "litter.jsonl", "litter-open.jsonl", "flock.jsonl", "herd.jsonl", "pack.jsonl", "troop.jsonl", "band.jsonl", "pride.jsonl", "clutch.jsonl", "swarm.jsonl", "colony.jsonl", "hive.jsonl", "nest.jsonl", "den.jsonl", "lair.jsonl", "roost.jsonl", "burrow.jsonl", "review.jsonl", "warren.jsonl"}

func readTable(t testing.TB, name string) []line {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []line
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var l line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("%s:%d: %v", name, n, err)
		}
		if _, ok := kinds[l.Kind]; !ok {
			t.Fatalf("%s:%d: unknown kind %q", name, n, l.Kind)
		}
		lines = append(lines, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}

// TestTables runs the residents' lines of testdata: blind.jsonl was
// written by someone who had not read this package, own.jsonl by its
// author, stress.jsonl by its author in spellings no set had shown
// (labels on the line above, values before their names, English, typos
// in the names, numbers dictated in words), families.jsonl by its author
// as siblings of the seventh blind set's misses (values on the line
// above or below their names, codes sent by SMS, passphrases), with
// ordinary lines that probe each new rule; novel.jsonl by its author in
// spellings no set had used (commas or slashes between a number's groups,
// arrows, guillemets, keys said before the number), scored before the
// masker was changed for them; siblings.jsonl by its author as
// neighbours of the tenth blind set's misses (apostrophes dropped with a
// space, a NIR of Corsica over two lines, codes dictated in words, form
// labels, a RIB's parts in another order), each family with ordinary
// lines that probe it; languages.jsonl by its author as neighbours of the
// eleventh blind set's misses (a RIB's and a card's fields named in
// English, Spanish, Portuguese, Turkish, French through Arabic; values
// between single quotes), scored before the masker was changed for them;
// neighbours.jsonl by its author as neighbours of the twelfth blind set's
// misses (names in Arabic script, Romanian, Italian, German, Polish,
// Russian; a value before its label in brackets; a numéro fiscal with
// slashes; NIRs dictated half in words; old and new passwords with no
// name), scored 17/39 before the masker was changed, with ordinary lines
// in the same languages and shapes; relatives.jsonl by its author as
// neighbours of the thirteenth blind set's misses (an expiry joined by
// « puis » or with its day, named in Turkish, Russian, German, Polish,
// Romanian, Arabic; Wolof and Tamil names; old and new codes with no
// verb; « ces » for « c'est »; a password given again to confirm it; a
// number given to a postcode before « le code »), scored 15/38 before the
// masker was changed; fresh.jsonl by its author in ways no set had used
// (Serbian, Albanian, Vietnamese, Chinese, Persian names; a value spelt
// one character at a time; digits as keycap emoji), scored 14/25 before
// the masker was changed; cousins.jsonl by its author as neighbours of
// the fourteenth blind set's misses (PINs dictated with digits and words
// mixed, with commas, by their length, a sentence after their name, the
// old one « au lieu de » the new; cards that fail Luhn named a card; RIBs
// by their fields' initials, with a wrong key, Moroccan; IBANs cut
// oddly; a second password after « un autre, »; a file number named
// with « MSA »), with ordinary lines that probe each rule, 21/51 secrets
// and 1/22 ordinary lines changed before the masker was changed;
// kin.jsonl by its author for the fifteenth blind set's misses and their
// neighbours (numbers given in two or three pieces, commas, slashes or
// semicolons between groups, a card's end named « fin » or « ends », a
// card half in words or mistyped and named further back, PINs told to
// someone or counted, passwords between quotes, with spaces said, or
// with a symbol a sentence after their name), each family with ordinary
// lines that probe it; kindred.jsonl by its author for the sixteenth
// blind set's misses and their neighbours (pieces a sentence or a line
// apart, PINs in two pairs, tried, noted on paper, refused at a cash
// machine; a card's fields behind emoji or run together; passwords with
// spaces, hesitated between, before « <- »; parcel codes, which stay),
// 32/77 secrets and 4/23 ordinary lines changed before the masker was
// changed; kith.jsonl by its author for the seventeenth blind set's
// misses and their neighbours (values typed, given, answered or thought
// the code after a code or a password was named, a password after a
// correction, a provisional code, a card's fields set apart by commas, a
// past expiry, a mistyped card on a receipt, a NIR given « pour le
// dossier », a RIB's fields in other orders beside an amount);
// clan.jsonl by its author for the eighteenth blind set's misses and
// their neighbours (« mon numéro » with a wrong key, a RIB's four parts
// each after its label in French, English, Spanish, an account after
// « J'ai un CCP, le numéro … », a code « que je retiens », passwords
// typed or tried to log in to an account named anywhere, each of a
// list, in French, English and Spanish, « J'utilise X », « le code que
// j'ai tapé c'est … », a value after its name and a comma, a parcel's
// « avis de passage »), with ordinary lines that probe each rule (an
// IMEI, a postcode « comme code postal », « Windows11 », other papers'
// labels, a handle, words read as an IBAN, a phone number after
// « compte »); tribe.jsonl by its author for the nineteenth set's misses
// and their neighbours (a RIB's bank and branch codes, masked with its
// account; a password of plain letters right after its name, and the
// words of a sentence that stay there; a NIR « comme demandé » or after a
// clause; a numéro de télédéclarant; cards 4-6-6 or mistyped beside
// their fields; references led by a year and a month, which stay; codes
// sent by SMS told in a clause, the next one sent, one given after the
// question naming it; a password after a masked NIR and a slash; a
// household's NIRs, one mistyped; a PIN « je suis sûr que c'est … »; an
// IBAN without its « FR »; NIRs dictated in words with a wrong key, or
// half in digits with Corsica's « 2A »; a code spaced after its name and
// a colon, or after « il fait »; a passphrase with no verb after the
// password's name); brood.jsonl by its author for the twentieth and
// twenty-first sets' misses, by class and in other words (names in
// Polish, Turkish, German, Darija; an account and its key with no bank;
// a CVV « le petit code »; backup and one-time codes; passwords listed
// after their services and arrows; a password typed and refused with no
// name; passphrases after « = » or before an aside on their typing; a
// code received « par texto »; a bank's code named « code »), 35/62
// secrets before the masker was changed, and, written after, cards cut
// 4-8-4 or 8-8 and mistyped, an IBAN in French shape mistyped, with
// ordinary lines that probe the new rules; litter.jsonl by its author
// for the twenty-second set's misses, by class and in other words, written
// before the masker was changed (5 of 25 secrets masked then): one-time
// codes past how, where and when they came, passwords listed one a line
// after a label, a service or a login, with ordinary lines that probe
// them (litter-open.jsonl held the lines of classes that session left
// open: passwords after « je me connecte avec », « j'utilise », a
// password given in parts or « pareil sauf la fin »; all pass since the
// twenty-third set's session); flock.jsonl by its author
// for the twenty-third set's misses, by class and in other words, 21/35
// lines passing before the masker was changed (« mdp » with a key
// pressed twice and « mp » of SMS, « en mp » staying; a one-time code
// asked for by « demande », or after the count of its digits; an
// American Express card's CVV of four digits; a NIR with Corsica's letter
// cut from its 2, or dictated with its year said without its zero and
// its key after « la clé »; passwords dictated with their symbols'
// names), with ordinary lines that probe each rule (a date after
// « avant » that had been taken for an old password); and, after them,
// lines for the classes litter-open.jsonl had left open, in other words
// (a password one logs in with, the same everywhere, said typed « avec
// l'apostrophe », a variant of another « sauf la fin », in parts; a
// code opening a pension's account), with ordinary lines that probe
// them (a date « avant », FranceConnect, prices « les mêmes partout »,
// a name « avec un tiret », a bill cut « en deux »); herd.jsonl by its
// author for the twenty-fourth set's classes, in other words, 17/36
// lines passing before the masker was changed (a PIN past « pas » after
// its verb or past the date it came, a CVV after « code sécu », a plain
// password before « lol », one after a relative clause and « est », after
// a colon far on, or right after the question naming it; a code's name
// past its articles, a code « pour valider ma demande »), with ordinary
// lines that probe each rule (« c'est vrai », a postcode « c'est pas »,
// a date « le 14/09 » in a code's sentence, a date after a far colon,
// a « numéro de demande »); pack.jsonl by its author for the
// twenty-fifth set's classes and their siblings, 21/44 lines passing
// before (names run together, « codepin », « mdpasse »; « sésame »,
// « phrase secrète »; a login and its password after a slash; a plain password
// before an aside on its typing, « tout attaché »; an account's « clé »,
// « clé secrète »; a code past the phone it came to, « arrivé », or in
// two halves of four, its second half left in clear), with ordinary
// lines that probe each rule (a « clé USB », a letter box's key, a phone
// number « sur mon portable », an invoice in two halves, « codepromo »,
// a code « arrivé trop tard »); troop.jsonl by its author for the
// twenty-sixth set's classes, in other words, 17/37 lines passing before
// the masker was changed (the numéro d'accès en ligne, a NIR read out in
// pieces or with commas, a code sent past the phone it came to or a far
// colon, passwords listed after their services with no arrow or no
// name, the login of impots.gouv, German « es ist », a secret question's
// answer), with ordinary lines that probe each rule (a CAF number beside
// the access number's name, amounts and phone numbers after services
// and « = », a date after a colon, « aucune idée »); band.jsonl by its
// author for the twenty-seventh set's false mask and classes, in other
// words, 33/57 lines passing before the masker was changed (a paper's
// 13 digits after « porte le numéro »; codes printed in three groups,
// of letters after « code de sécurité », two given together, after a
// slash-set field; « num accès », « numéro d'impôt », « déclarant 1 : »;
// a CVV after an expiry or a bracket; an IBAN in pieces with no bank's
// word; passwords spelt with hyphens, given with their changes, « le même
// que ameli »), with ordinary lines that probe each rule; colony.jsonl
// by its author for the thirty-third blind set's families (values to
// try, hesitations with no name, plain words after « c'est », « pass »
// or a clause, names run together, the same as another account's, old
// plain words a new one disguises, birth dates, parts joined by « + »,
// what stands in a password's place), at least eight a family with
// ordinary lines that probe each, 56/155 failing before the masker was
// changed; hive.jsonl by its author for the families a probe of new
// wordings found next (values used or typed, « c'est » and a name run
// into digits, parts joined by « + », starts and ends, passphrases with
// no verb, dots or typing asides before the value, « le même : »; values
// refused, given or answered with no name; PINs typed in the present;
// words to the end after « : »; a name after what it is; values anywhere
// in a message about an account; what a password opens or whose it is,
// named after it, which stays; a code that opens an account; a word on
// the line after the name; values to try in Spanish and Portuguese), each
// with ordinary lines that probe it; lair.jsonl by its author for what
// points at a password in general (a login and its value before « pass »,
// « aussi » before the name after the value, a token shaped as only a
// password is anywhere in a message naming one, a paper's number after
// its name, which stays), with ordinary lines that probe each;
// roost.jsonl by its author for what makes a token a password in
// context (a name run into a year with letters after it in a list of
// services, marks of doubt between the name and the value, the service
// or the word password given as the value), with ordinary lines that
// probe each; burrow.jsonl by its author as neighbours of the
// forty-fourth and forty-sixth blind sets' misses (an expiry dictated
// « zéro quatre vingt-huit », « VAL 11-28 », « code dos », a phone's
// number in brackets between a code's name and its value, what an
// account is given for before its colon, a code sent « pour activer »
// something, one value typed several ways or in a row, a secret
// question's answer typed, « le mien c'est … », a code's other guess
// after an aside « ou … », a word then a year after « c'est », a value
// set off by commas with how it is typed, « a mis une phrase : … », the
// usual one typed « comme toujours : … », a message in capitals, « X au
// lieu de Y » once changed, a code drawn on the keypad « en croix »,
// three digits told in a message that names a CVV, a value after how
// it is typed, a code then said to be « le code INSEE ? », a code on
// a paper « sur mon avis », a list of values after a colon, a date « comme
// mot de passe », « j'ai mis les 2 : X et Y »), 78/131 before the
// change, half of it
// ordinary lines that probe each rule; review.jsonl by a reviewer of
// that round, for what its rules changed wrongly or missed (a CAF's or a
// house's number in a message that speaks of the keypad, a key's letter
// taken for a shape, « plusieurs » or « quelques » before « comme mot de
// passe », a full date after a password's colon that says when, a key
// or a button typed in a message about a secret question, a list of
// names, days or numbers after another field's colon in a message that
// names a password, a code on a paper in a message that names only a
// carte vitale or grise, a name or a day after « c'est » that opens a
// cleft sentence « … qui gère », « … que je viens », a sentence or a
// phone's number after a password's colon read as a passphrase, a
// passphrase of plain words and a year cut after its first word),
// 15/42 before, two thirds of it ordinary lines; warren.jsonl by its
// author for the forty-eighth and fiftieth blind sets' families (« le
// mien est … » for a password named before, « … qui est X » after the
// account, a keyboard's row of six letters given as a code, a value
// typed « pour la CAF », a plain word typed for an account's code, a
// mailbox written « mess », another code named after « et », laughs
// after a value, a number and a word that made a RIB by chance, a NIR
// run into « NIR », a PIN a relative « dit », an English CVV « on the
// back are », a CVV after « le site le demande », a bank's code after
// the bank's name, a code for « impots.gouv », a word wrapped in signs,
// a hyphened word between quotes, a value right after how it is typed,
// a value typed after what it is made of, plain words in a list of
// passwords, the plain words a password was changed to « pour », a
// password dictated with « un » among its digits or with no verb, a
// passphrase from a capital to a number after « c'est », words run
// together each with its capital typed, a keyboard walk that ends on
// its marks « ghjkl;' », a PIN spaced after « il dit », plain words after
// « = » in a list of passwords, a code « pour se connecter à la caf »,
// a name after a comma that ends what it is made of, a letter « R
// majuscule » said after the value, a sentence's comma before « c'est le
// mot de passe », a value set off by commas before « ne marche plus »,
// what the resident thinks of its strength before the value, as many
// words as said « en 2 mots : … », a plain word after an address and
// « et » once « identifiants » named them), with ordinary lines that
// probe each rule. Every secret must be gone, every part to keep must stay, an
// ordinary line must come back unchanged, and the kinds reported must
// say what was masked.
func TestTables(t *testing.T) {
	for _, name := range tables {
		lines := readTable(t, name)
		failed := 0
		for i, l := range lines {
			got, found := Mask(l.Text)
			var errs []string
			for _, s := range l.Secrets {
				if strings.Contains(got, s) {
					errs = append(errs, "keeps secret "+s)
				}
			}
			for _, k := range l.Keep {
				if !strings.Contains(got, k) {
					errs = append(errs, "lost "+k)
				}
			}
			want := kinds[l.Kind]
			switch {
			case l.Kind == "ordinary" && (got != l.Text || found != nil):
				errs = append(errs, "changed an ordinary line")
			case l.Kind != "ordinary" && !slices.ContainsFunc(found, func(k Kind) bool { return slices.Contains(want, k) }):
				errs = append(errs, "kinds "+kindList(found)+", want one of "+kindList(want))
			}
			if len(errs) > 0 {
				failed++
				t.Errorf("%s:%d %s: %q\n  -> %q: %s", name, i+1, l.Kind, l.Text, got, strings.Join(errs, "; "))
			}
		}
		t.Logf("%s: %d/%d lines pass", name, len(lines)-failed, len(lines))
	}
}

func kindList(ks []Kind) string {
	var s []string
	for _, k := range ks {
		s = append(s, k.String())
	}
	return "[" + strings.Join(s, " ") + "]"
}

// FuzzMask checks that Mask never panics, never grows a text more than
// threefold (a mask is longer than a short secret, never more), keeps
// valid UTF-8 valid, changes nothing when it finds nothing, and that
// masking twice is masking once.
func FuzzMask(f *testing.F) {
	for _, name := range tables {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		for _, b := range strings.Split(string(data), "\n") {
			var l line
			if json.Unmarshal([]byte(b), &l) == nil {
				f.Add(l.Text)
			}
		}
	}
	f.Add("")
	f.Add("mdp:a mdp:b mdp:c")
	f.Add("[masqué] est le mot de passe")
	f.Fuzz(func(t *testing.T, s string) {
		got, found := Mask(s)
		if found == nil && got != s {
			t.Fatalf("Mask(%q) = %q without finding a secret", s, got)
		}
		if len(got) > 3*len(s) {
			t.Fatalf("Mask(%q) = %q: grew from %d to %d bytes", s, got, len(s), len(got))
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Mask(%q) = %q: not UTF-8", s, got)
		}
		again, more := Mask(got)
		if again != got || more != nil {
			t.Fatalf("Mask is not idempotent:\n%q\n-> %q\n-> %q (%v)", s, got, again, more)
		}
	})
}

// BenchmarkMask measures Mask on the tables' lines, most of which hold a
// secret, and on questions residents ask, which mostly do not.
func BenchmarkMask(b *testing.B) {
	var texts []string
	for _, name := range []string{"blind.jsonl", "own.jsonl"} {
		data, _ := os.ReadFile(filepath.Join("testdata", name))
		for _, s := range strings.Split(string(data), "\n") {
			var l line
			if json.Unmarshal([]byte(s), &l) == nil {
				texts = append(texts, l.Text)
			}
		}
	}
	questions := []string{
		"j'ai perdu ma carte vitale", "comment faire ma déclaration d'impôts",
		"bonjour", "quand est payée la caf", "je veux refaire mon passeport",
	}
	for _, c := range []struct {
		name  string
		texts []string
	}{{"secrets", texts}, {"questions", questions}, {"hostile", hostile()}} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				Mask(c.texts[i%len(c.texts)])
			}
		})
	}
}

// TestQuestionsUnchanged runs every resident's question of the answer
// engine's sets (internal/catalog/testdata): none holds a secret, and
// none may change, whatever the masker learns.
func TestQuestionsUnchanged(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "catalog", "testdata", "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no question sets: %v", err)
	}
	n := 0
	for _, name := range files {
		n += checkQuestionsUnchanged(t, name)
	}
	if n < 1000 {
		t.Errorf("only %d questions read", n)
	}
}

// checkQuestionsUnchanged masks every question of the set at path (one
// JSON object a line, the question under "q"), reports each one the
// masker changes, and returns how many it read.
func checkQuestionsUnchanged(t *testing.T, path string) int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, raw := range strings.Split(string(data), "\n") {
		var q struct {
			Q string `json:"q"`
		}
		if json.Unmarshal([]byte(raw), &q) != nil || q.Q == "" {
			continue
		}
		n++
		if got, found := Mask(q.Q); got != q.Q || found != nil {
			t.Errorf("%s: %q -> %q", filepath.Base(path), q.Q, got)
		}
	}
	return n
}

// hostile returns messages of Telegram's 4,096 characters made of one
// secret's phrasing repeated: every rule fires on every repetition, so a
// rule that compares each secret found with all the others shows here
// (0.9–3.4 ms a message at the start of 2026-12-06's fifth session).
func hostile() []string {
	var texts []string
	for _, unit := range []string{
		"mdp : Abc!12, ", "j'ai mis 1234 ", "le code de ma carte c'est 1 2 3 4 puis ",
		"mot de passe « a b c » ", "FR76 1234 ", "1 75 06 59 et la suite c'est ",
		// « code » alone, again and again: each one once read the whole
		// sentence for a parcel's words.
		"code ", "code 1234 ", "code : ",
	} {
		texts = append(texts, strings.Repeat(unit, 4096/len(unit)))
	}
	return texts
}

// BenchmarkMaskTypical measures Mask on the mix a running bot sees:
// residents' questions of 20 to 300 characters (the answer engine's
// sets), one message in twenty holding a secret (the tables' lines).
// Masking runs on every resident's message inside the durable path, whose
// budget is about 250 µs of CPU a message for everything.
func BenchmarkMaskTypical(b *testing.B) {
	var questions, secrets []string
	for _, name := range []string{"residents.jsonl", "stories.jsonl", "heldout.jsonl"} {
		data, _ := os.ReadFile(filepath.Join("..", "catalog", "testdata", name))
		for _, raw := range strings.Split(string(data), "\n") {
			var q struct {
				Q string `json:"q"`
			}
			if json.Unmarshal([]byte(raw), &q) == nil && len(q.Q) >= 20 && len(q.Q) <= 300 {
				questions = append(questions, q.Q)
			}
		}
	}
	for _, name := range tables {
		for _, l := range readTable(b, name) {
			if l.Kind != "ordinary" {
				secrets = append(secrets, l.Text)
			}
		}
	}
	if len(questions) < 500 || len(secrets) < 100 {
		b.Fatalf("only %d questions and %d secrets", len(questions), len(secrets))
	}
	var mix []string
	for i, q := range questions {
		mix = append(mix, q)
		if i%19 == 18 {
			mix = append(mix, secrets[(i/19)%len(secrets)])
		}
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Mask(mix[i%len(mix)])
	}
}
