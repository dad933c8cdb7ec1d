package secret_test

import (
	"fmt"
	"strings"
	"testing"

	"pimmsbot/internal/secret"
)

// TestMaskContact masks what identifies a resident in the wordings the
// FAQ curators read, as an outside tester typed it, and keeps the
// numbers of ordinary questions.
func TestMaskContact(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// The outside tester's question (QA10 M8).
		{"je m appelle Jean Dupont, né le 12/03/1985, j habite 12 rue des Lilas 69009 Lyon, tel 06 12 34 56 78",
			"je m appelle [nom], né le [date de naissance], j habite [adresse], tel [téléphone]"},
		{"Je m'appelle Fatima Benali et je veux renouveler ma carte vitale", "Je m'appelle [nom] et je veux renouveler ma carte vitale"},
		{"bonjour mon nom est marie durand j'habite au 3 bis avenue Jean Jaurès", "bonjour mon nom est [nom] j'habite au [adresse]"},
		{"appelez moi au 0612345678 svp", "appelez moi au [téléphone] svp"},
		{"mon numéro +33 6 12 34 56 78 ou 07.12.34.56.78", "mon numéro [téléphone] ou [téléphone]"},
		{"0612345678 0712345678", "[téléphone] [téléphone]"},
		{"écrivez à jean.dupont@gmail.com merci", "écrivez à [e-mail] merci"},
		{"je suis née le 3 mars 1990 à Alger", "je suis née le [date de naissance] à Alger"},
		{"date de naissance : 01-02-1975", "date de naissance : [date de naissance]"},
		{"ma mère née en 1948 touche le minimum vieillesse", "ma mère née en [date de naissance] touche le minimum vieillesse"},
		{"j'habite 5, impasse des Roses, 13001 Marseille", "j'habite [adresse], 13001 Marseille"},
		{"je vis 14 chemin du moulin et le proprio ne répond pas", "je vis [adresse] et le proprio ne répond pas"},
		{"2 place de la Mairie", "[adresse]"},
		// Ordinary numbers and words stay.
		{"j'ai payé 150 euros le 12/03/2024 pour la carte grise", ""},
		{"appelez le 39 49 ou le 3646", ""},
		{"mon numéro allocataire 1234567 ne marche pas", ""},
		{"j'ai 1 place de parking et 3 cours de français", ""},
		{"il faut 2 rues pour aller à la caf", ""},
		{"je ne le sais pas depuis le 12/03/2020", ""},
		{"le nom de la caf sur le courrier", ""},
		{"j'ai 2 enfants nés en 2015 et 2018, ça change le rsa", ""},
		// What a reviewer found: a word that tells of the name is no
		// name, a birth date written with spaces or a short year is one.
		{"mon nom est sur la carte", ""},
		{"mon nom est mal écrit sur ma carte vitale", ""},
		{"mon nom est pas le bon sur le courrier", ""},
		{"mon nom est dupont", "mon nom est [nom]"},
		{"je suis nee le 12 03 1985 a tunis", "je suis nee le [date de naissance] a tunis"},
		{"né le 12 mars 85", "né le [date de naissance]"},
		{"rdv le 12 03 2026 à 14 h", ""},
		// « rue » cut to its letter; a file's ten digits from 0, named
		// so, are no phone.
		{"j habite 12 r des Lilas 69009 Lyon", "j habite [adresse]"},
		{"adresse : 4 r. Victor Hugo, 75011 Paris", "adresse : [adresse], 75011 Paris"},
		{"il a 2 r dans son nom", ""},
		{"mon numéro de dossier 0123456789 ne marche pas", ""},
		{"réf. client 0412345678, facture de mars", ""},
		{"numero allocataire 0712345678 et tel 06 12 34 56 78", "numero allocataire 0712345678 et tel [téléphone]"},
		{"mon dossier, appelez moi au 0612345678", "mon dossier, appelez moi au [téléphone]"},
		{"dossier 2024 : tel 0612345678", "dossier 2024 : tel [téléphone]"},
		{"", ""},
	} {
		want := c.want
		if want == "" {
			want = c.in
		}
		if got := secret.MaskContact(c.in); got != want {
			t.Errorf("MaskContact(%q)\n got %q\nwant %q", c.in, got, want)
		}
		if got := secret.MaskContact(want); got != want {
			t.Errorf("MaskContact is not idempotent on %q: %q", want, got)
		}
	}
}

func ExampleMaskContact() {
	fmt.Println(secret.MaskContact("je m'appelle Jean Dupont, né le 12/03/1985, j'habite 12 rue des Lilas 69009 Lyon, tel 06 12 34 56 78"))
	// Output:
	// je m'appelle [nom], né le [date de naissance], j'habite [adresse], tel [téléphone]
}

func FuzzMaskContact(f *testing.F) {
	f.Add("je m appelle Jean Dupont, né le 12/03/1985, j habite 12 rue des Lilas 69009 Lyon, tel 06 12 34 56 78")
	f.Add("écrivez à a@b.fr ou au +33 (0)6 12 34 56 78")
	f.Fuzz(func(t *testing.T, s string) {
		once := secret.MaskContact(s)
		if len(s) > 0 && len(once) == 0 {
			t.Errorf("MaskContact(%q) is empty", s)
		}
	})
}

// BenchmarkMaskContactHostile measures MaskContact on 4 KB messages made
// to keep its patterns busy: digits everywhere, cues repeated, and the
// outside tester's message many times over. The review tools run it on
// every stored question: it must stay well under a millisecond.
func BenchmarkMaskContactHostile(b *testing.B) {
	for _, c := range []struct{ name, unit string }{
		{"digits", "0 "},
		{"phones", "06 12 34 56 7"},
		{"ways", "1 rue "},
		{"places", "1 place De "},
		{"names", "je m'appelle "},
		{"births", "né le 1/1/"},
		{"emails", "a.b@c.d"},
		{"tester", "je m appelle Jean Dupont, né le 12/03/1985, j habite 12 rue des Lilas 69009 Lyon, tel 06 12 34 56 78 "},
	} {
		s := strings.Repeat(c.unit, 4096/len(c.unit)+1)[:4096]
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				secret.MaskContact(s)
			}
		})
	}
}
