package secret

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// The generator composes residents' lines from parts, with a fixed seed:
// valid values of each kind (their checks computed here from the
// administrations' own rules, not from the masker), written in the ways
// residents write them (spaces of every kind, dots, hyphens, no
// separator, grouped wrongly, bracketed, quoted, after « n° » or « : »),
// after the many ways of introducing them, at the start, in the middle or
// at the end of a story; and ordinary lines whose numbers look alike
// (phones, dates, amounts, postcodes, CAF, dossier, invoice, tracking
// numbers, SIRET, door codes) that must come back unchanged. The parts
// were written from how people write first, then the masker was run: a
// part is not removed because the masker misses it.

// genLine is one generated line: its text, the secrets written in it, and
// its family (the kind, or "ordinary").
type genLine struct {
	text    string
	secrets []string
	family  string
}

type gen struct{ r *rand.Rand }

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

func (g *gen) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.r.IntN(10))
	}
	return string(b)
}

func (g *gen) num(lo, hi int, width int) string {
	return fmt.Sprintf("%0*d", width, lo+g.r.IntN(hi-lo+1))
}

// mod97 is the remainder of a decimal string modulo 97.
func mod97(s string) int {
	n := 0
	for _, c := range s {
		n = (n*10 + int(c-'0')) % 97
	}
	return n
}

// genNIR is a social security number's 13 digits and key, and the groups
// it is printed in on a carte Vitale.
func (g *gen) genNIR() []string {
	sex := g.pick([]string{"1", "2", "1", "2", "1", "2", "7", "8"})
	year := g.digits(2)
	month := g.num(1, 12, 2)
	if g.r.IntN(12) == 0 {
		month = g.num(20, 42, 2)
	}
	dep := g.pick([]string{"75", "93", "13", "69", "59", "2A", "2B", "971", "974", "99", "33", "62", "01"})
	var commune string
	if len(dep) == 3 {
		commune = g.num(1, 99, 2)
	} else {
		commune = g.num(1, 999, 3)
	}
	order := g.num(1, 999, 3)
	body := sex + year + month + dep + commune + order
	num := strings.NewReplacer("2A", "19", "2B", "18").Replace(body)
	key := fmt.Sprintf("%02d", 97-mod97(num))
	depc := dep[:2]
	com := dep[2:] + commune
	return []string{sex, year, month, depc, com, order, key}
}

func ibanCheck(country, bban string) string {
	s := bban + country + "00"
	var b strings.Builder
	for _, c := range s {
		if c >= 'A' && c <= 'Z' {
			fmt.Fprintf(&b, "%d", c-'A'+10)
		} else {
			b.WriteRune(c)
		}
	}
	return fmt.Sprintf("%02d", 98-mod97(b.String()))
}

// ribDigits reads a RIB account's letters as the banks' table does: A
// and J are 1, B, K and S 2, and so on.
func ribDigits(s string) string {
	const table = "12345678912345678923456789"
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = table[c-'A']
		}
	}
	return string(b)
}

// genRIB is a French RIB: bank, branch, account (digits, or with a
// letter as La Banque Postale's), key.
func (g *gen) genRIB() (bank, branch, account, key string) {
	bank = g.pick([]string{"30004", "30003", "20041", "10278", "17515", "30002", "10107", "18206", "14505", "16606", "12506", "13335"})
	branch = g.digits(5)
	account = g.digits(11)
	if bank == "20041" && g.r.IntN(2) == 0 {
		account = g.digits(7) + g.pick([]string{"A", "B", "C", "K"}) + g.digits(3)
	}
	n := (89*mod97(bank) + 15*mod97(branch) + 3*mod97(ribDigits(account))) % 97
	key = fmt.Sprintf("%02d", 97-n)
	return
}

func luhnDigit(body string) byte {
	sum := 0
	for i := len(body) - 1; i >= 0; i-- {
		d := int(body[i] - '0')
		if (len(body)-i)%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return byte('0' + (10-sum%10)%10)
}

// genCard is a card number with its Luhn digit: Visa, Mastercard (5 and
// 2 series), CB co-branded, Amex 15 digits.
func (g *gen) genCard() string {
	var body string
	switch g.r.IntN(6) {
	case 0, 1:
		body = "4" + g.digits(14)
	case 2:
		body = "5" + g.num(1, 5, 1) + g.digits(13)
	case 3:
		body = "2" + g.num(221, 720, 3) + g.digits(11)
	case 4:
		body = "3" + g.pick([]string{"4", "7"}) + g.digits(12)
	default:
		body = "497" + g.digits(12)
	}
	return body + string(luhnDigit(body))
}

// genTax is a numéro fiscal: 13 digits from 0 to 3, the last three its
// first ten modulo 511.
func (g *gen) genTax() string {
	first := g.num(0, 3, 1) + g.digits(9)
	n := 0
	for _, c := range first {
		n = n*10 + int(c-'0')
	}
	return first + fmt.Sprintf("%03d", n%511)
}

// seps are what residents put between a number's groups.
var genSeps = []string{" ", " ", " ", " ", "  ", "\u00a0", "\u202f", ".", "-", "", " - ", "/"}

// write joins groups with one separator, sometimes mixing two, sometimes
// regrouping the digits wrongly.
func (g *gen) write(groups []string) string {
	sep := g.pick(genSeps)
	regroup := func() {
		// A number regrouped by a resident is typed, not copied from a
		// form: spaces, dots or hyphens, never slashes.
		if sep == "/" {
			sep = g.pick([]string{" ", ".", "-"})
		}
	}
	switch g.r.IntN(10) {
	case 0: // regrouped in fours
		regroup()
		groups = inGroupsOf(strings.Join(groups, ""), 4)
	case 1: // regrouped in threes
		regroup()
		groups = inGroupsOf(strings.Join(groups, ""), 3)
	case 2: // two separators mixed
		var b strings.Builder
		for i, p := range groups {
			if i > 0 {
				b.WriteString(g.pick([]string{" ", ".", " ", "\u00a0"}))
			}
			b.WriteString(p)
		}
		return b.String()
	}
	return strings.Join(groups, sep)
}

// splitLine cuts a written number over two lines at a separator, as a
// narrow phone screen does.
func (g *gen) splitLine(v string) string {
	if g.r.IntN(12) != 0 || strings.ContainsAny(v, "-./") {
		return v
	}
	if k := strings.LastIndex(v[:len(v)/2+1], " "); k > 0 {
		return v[:k] + "\n" + v[k+1:]
	}
	return v
}

func fours(s string) []string {
	var out []string
	for len(s) > 4 {
		out = append(out, s[:4])
		s = s[4:]
	}
	return append(out, s)
}

// wrap sets a value off as residents do: bare, after « n° », « : »,
// « = », in brackets or quotes.
func (g *gen) wrap(v string) string {
	switch g.r.IntN(14) {
	case 0:
		return "(" + v + ")"
	case 1:
		return "« " + v + " »"
	case 2:
		return "\"" + v + "\""
	case 3:
		return v + "."
	case 4:
		return v + ","
	case 5:
		return v + " !"
	case 6:
		return v + "\n"
	case 7:
		return "n° " + v
	case 8:
		return ": " + v
	case 9:
		return "= " + v
	case 10:
		return v + ", et ensuite le site me demande encore autre chose"
	case 11:
		return "\n" + v
	}
	return v
}

var (
	genHello = []string{"", "", "bonjour ", "Bonjour, ", "bjr ", "slt ", "Bonsoir madame, ", "salam ", "hello ", "Bonjour monsieur. ", "Excusez moi ", "dsl de déranger ", "BONJOUR "}
	genStory = []string{
		"", "", "",
		"je suis au guichet de la poste et ",
		"ma fille m'aide et elle dit que ",
		"j'ai essayé trois fois depuis hier, ",
		"l'assistante sociale m'a demandé, ",
		"pour le dossier de la CAF, ",
		"je comprends rien au site, ",
		"mon fils est loin donc ",
		"j'ai pas mes lunettes désolé ",
		"comme vous m'avez dit au téléphone, ",
	}
	genAfter = []string{
		"", "", "", " merci", " merci beaucoup", " svp", " vous pouvez vérifier ?", " c'est bon ?", " ça marche pas",
		" mais le site dit erreur", ", merci d'avance", " je l'ai recopié de la carte", " (je crois)", " voilà", " mrc",
		"\nmerci", " et après je fais quoi ?", " 🙏",
	}
)

// story places an introduced value in a line.
func (g *gen) story(intro string) string {
	return g.pick(genHello) + g.pick(genStory) + intro + g.pick(genAfter)
}

func (g *gen) nirLine() genLine {
	p := g.genNIR()
	withKey := g.r.IntN(3) != 0
	groups := p[:6]
	if withKey {
		groups = p
	}
	v := g.splitLine(g.write(groups))
	if withKey && g.r.IntN(20) == 0 {
		// A zero typed as the letter O, on a number with its key.
		v = strings.Replace(v, "0", "O", 1)
	}
	if g.r.IntN(15) == 0 {
		return genLine{g.story(g.pick([]string{"secu:", "sécu:", "NIR:", "vitale:"}) + v), []string{v}, "nir"}
	}
	intro := g.pick([]string{
		"mon numéro de sécu c'est %s", "mon numéro de sécurité sociale, comme demandé : %s", "ma sécu %s",
		"Numéro de Sécurité Sociale %s", "num secu de ma femme %s et le mien je le trouve pas",
		"mon numero securite sociale (carte vitale) %s", "n° SS %s", "nss %s", "my social security %s", "mon numero de secu %s", "n° de sécurité sociale : %s", "num secu: %s",
		"voici mon numéro de sécurité sociale %s", "ma carte vitale %s", "carte vitale n° %s", "NUMERO SECU %s",
		"le numéro sur ma carte vitale : %s", "numéro ss %s", "mon n° ameli c'est %s", "my social security number is %s",
		"numéro de securité social %s", "secu = %s", "c'est pour ma mère, son numéro de sécu %s",
		"mon numero d'assuré social %s", "NIR %s", "immatriculation %s", "numéro insee %s",
		"رقم الضمان الاجتماعي %s", "meu número da segurança social é %s", "mon numéro c %s",
		"le num de secu de mon fils (il est sur ma carte) %s",
	})
	return genLine{g.story(fmt.Sprintf(intro, g.wrap(v))), []string{v}, "nir"}
}

func (g *gen) ibanLine() genLine {
	bank, branch, account, key := g.genRIB()
	bban := bank + branch + account + key
	check := ibanCheck("FR", bban)
	full := "FR" + check + bban
	if g.r.IntN(5) == 0 {
		full = strings.ToLower(full[:2]) + full[2:]
	}
	var v string
	switch g.r.IntN(4) {
	case 0:
		v = full
	default:
		v = g.splitLine(g.write(fours(full)))
	}
	if g.r.IntN(12) == 0 {
		// One digit mistyped, named an IBAN, or glued to its label.
		typo := []byte(full)
		k := 4 + g.r.IntN(len(full)-4)
		typo[k] = byte('0' + (int(typo[k]-'0')+1+g.r.IntN(8))%10)
		if typo[k] < '0' || typo[k] > '9' {
			typo[k] = '5'
		}
		v = g.write(fours(string(typo)))
		return genLine{g.story(g.pick([]string{"mon IBAN : ", "iban ", "IBAN:", "voici mon iban "}) + v), []string{v}, "iban"}
	}
	if g.r.IntN(10) == 0 {
		// The BIC given beside it.
		return genLine{g.story(fmt.Sprintf(g.pick([]string{"IBAN %s BIC BNPAFRPP", "iban: %s / bic: CCBPFRPPMTG", "mon iban %s et le bic AGRIFRPP882"}), v)), []string{v}, "iban"}
	}
	if g.r.IntN(10) == 0 {
		// Several accounts in one message.
		b2, br2, a2, k2 := g.genRIB()
		bb2 := b2 + br2 + a2 + k2
		v2 := g.write(fours("FR" + ibanCheck("FR", bb2) + bb2))
		text := fmt.Sprintf(g.pick([]string{"compte courant %s et livret A %s", "le mien %s, celui de mon mari %s", "1) %s\n2) %s"}), v, v2)
		return genLine{g.story(text), []string{v, v2}, "iban"}
	}
	intro := g.pick([]string{
		"mon IBAN : %s", "iban %s", "voici mon iban %s", "mon rib (iban) c'est %s", "IBAN: %s", "mon iban c %s",
		"le virement doit aller sur %s", "l'iban de mon compte est %s", "coordonnées bancaires : %s",
		"my IBAN is %s", "o meu IBAN é %s", "IBAN de la banque postale %s", "le iban cest %s",
		"pour le prélèvement %s", "compte : %s", "mon nouveau compte %s au lieu de l'ancien",
	})
	return genLine{g.story(fmt.Sprintf(intro, g.wrap(v))), []string{v}, "iban"}
}

func (g *gen) ribLine() genLine {
	bank, branch, account, key := g.genRIB()
	var text string
	var secrets []string
	switch g.r.IntN(3) {
	case 0:
		v := g.write([]string{bank, branch, account, key})
		text = fmt.Sprintf(g.pick([]string{"mon rib %s", "RIB : %s", "voici mon RIB %s", "rib = %s", "mon relevé d'identité bancaire : %s", "mes coordonnées bancaires %s", "le rib de mon compte courant c'est %s"}), g.wrap(v))
		secrets = []string{v}
	case 1:
		lb := g.pick([]string{"code banque", "banque", "Code banque :", "cod banque"})
		lg := g.pick([]string{"code guichet", "guichet", "guichet :", "code guich"})
		lc := g.pick([]string{"numéro de compte", "compte", "n° de compte :", "num compte", "N° compte"})
		lk := g.pick([]string{"clé", "clé RIB", "cle", "clé :", "clef"})
		sep := g.pick([]string{" ", ", ", " / ", "\n", " - ", "\t", " | "})
		text = fmt.Sprintf("%s %s%s%s %s%s%s %s%s%s %s", lb, bank, sep, lg, branch, sep, lc, account, sep, lk, key)
		secrets = []string{account}
	default:
		text = fmt.Sprintf(g.pick([]string{"mon numéro de compte c'est %s clé %s", "compte n° %s clé %s", "n° de compte %s, clé rib %s"}), account, key)
		secrets = []string{account}
	}
	return genLine{g.story(text), secrets, "rib"}
}

func (g *gen) cardNumber() string {
	c := g.genCard()
	if len(c) == 15 {
		switch g.r.IntN(3) {
		case 0:
			return c
		default:
			return g.write([]string{c[:4], c[4:10], c[10:]})
		}
	}
	if g.r.IntN(6) == 0 {
		return c
	}
	return g.write(fours(c))
}

func (g *gen) cardLine() genLine {
	v := g.cardNumber()
	intro := g.pick([]string{
		"ma carte bancaire %s", "numéro de carte : %s", "n° CB %s", "ma cb c'est %s", "carte bleue %s", "Visa %s",
		"le numéro de ma carte %s", "num carte: %s", "voici ma carte %s pour payer", "card number %s",
		"la carte de mon mari %s", "CB: %s", "je paie avec %s", "numero carte bancaire %s", "carte %s",
		"mastercard %s", "le paiement passe pas avec la carte %s",
	})
	return genLine{g.story(fmt.Sprintf(intro, g.wrap(v))), []string{v}, "card"}
}

func (g *gen) expiry() string {
	m := g.num(1, 12, 2)
	y := g.num(25, 32, 2)
	switch g.r.IntN(6) {
	case 0:
		return m + "/20" + y
	case 1:
		return m + "-" + y
	case 2:
		return m + " / " + y
	}
	return m + "/" + y
}

func (g *gen) expiryLine() genLine {
	c := g.cardNumber()
	e := g.expiry()
	text := fmt.Sprintf(g.pick([]string{
		"carte %s exp %s", "ma carte %s expire %s", "CB %s date d'expiration %s", "numéro %s valable jusqu'au %s",
		"carte bancaire %s, expiration : %s", "card %s expiry %s", "ma cb %s fin de validité %s", "carte %s %s",
		"carte %s\ndate %s", "carte %s\n%s", "numéro de carte %s date de fin %s", "cb %s valide jusqu'à %s",
		"carte visa %s expiration %s", "carte %s, elle expire en %s", "CB %s EXP %s", "card %s valid thru %s",
	}), c, e)
	return genLine{g.story(text), []string{c, e}, "expiry"}
}

func (g *gen) cvvLine() genLine {
	c := g.cardNumber()
	e := g.expiry()
	v := g.num(100, 999, 3)
	text := fmt.Sprintf(g.pick([]string{
		"carte %s exp %s cvv %s", "ma carte %s, expire %s, cryptogramme %s", "CB %s %s code au dos %s",
		"carte bancaire %s valable %s crypto %s", "carte %s exp %s les 3 chiffres derrière %s",
		"card %s exp %s CVC %s",
	}), c, e, v)
	return genLine{g.story(text), []string{c, e, v}, "cvv"}
}

func (g *gen) pinLine() genLine {
	v := g.num(0, 9999, 4)
	if g.r.IntN(5) == 0 {
		v = g.num(100000, 999999, 6)
	}
	intro := g.pick([]string{
		"le code de ma carte c'est %s", "code cb : %s", "mon code secret %s", "code de la carte bleue %s",
		"mon code pin %s", "PIN %s", "le code confidentiel de ma carte est %s", "code carte %s", "mon code cb cest %s",
		"code secret de la carte: %s", "my card pin is %s", "le code de ma CB = %s", "code de ma carte bancaire %s",
		"j'ai oublié si c'est bien %s le code de ma carte", "le code de la carte de ma mère c'est %s",
		"code carte bleu %s", "mon code de carte c %s", "le code confidentiel: %s", "code secret CB %s",
		"code PIN:%s", "pin=%s", "mon code à 4 chiffres de la carte %s", "code de carte : %s", "CODE CB %s",
		"le code de ma carte vitale, non de ma carte bleue, c'est %s",
		"le code de ma carte bancaire, c'est %s je crois", "O código do meu cartão é %s",
	})
	return genLine{g.story(fmt.Sprintf(intro, v)), []string{v}, "pin"}
}

func (g *gen) taxLine() genLine {
	d := g.genTax()
	var v string
	switch g.r.IntN(3) {
	case 0:
		v = d
	case 1:
		v = g.write([]string{d[:2], d[2:4], d[4:7], d[7:10], d[10:]})
	default:
		v = g.write([]string{d[:4], d[4:8], d[8:]})
	}
	intro := g.pick([]string{
		"mon numéro fiscal %s", "numero fiscal : %s", "n° fiscal %s", "numéro fiscal de référence %s",
		"mon identifiant fiscal c'est %s", "SPI %s", "num fiscal: %s", "le numéro fiscal de mon père %s",
		"numéro fiscal (en haut de l'avis) %s", "mon nº fiscal %s", "o meu número fiscal %s", "NUMERO FISCAL %s",
		"votre numéro fiscal c'est bien %s ?", "numero fiscal de reference: %s", "n° fiscal de ma mère c'est %s",
		"identifiant fiscal %s", "numéro SPI %s", "N° FISCAL : %s", "numero d'identification fiscale %s",
		"pour les impôts, mon numéro fiscal est le %s", "mon numero fiscale %s",
	})
	return genLine{g.story(fmt.Sprintf(intro, g.wrap(v))), []string{v}, "fiscal"}
}

// passwords are made from the parts residents make them of.
var (
	genWords   = []string{"soleil", "marseille", "doudou", "chouchou", "bismillah", "princesse", "loulou", "nounours", "amina", "kevin", "mohamed", "lucas", "fatima", "chocolat", "liberte", "papillon", "benfica", "tunisie", "naruto", "coeur", "ines", "yasmine", "maison", "jesus", "mamour"}
	genWalks   = []string{"azerty", "azerty123", "qwerty", "123456789", "aqwzsx", "1234azer", "azertyuiop", "000000"}
	genSymbols = []string{"!", "@", "#", "*", ".", "$", "&", "_", "?"}
)

func (g *gen) password() string {
	w := g.pick(genWords)
	switch g.r.IntN(12) {
	case 0:
		return strings.ToUpper(w[:1]) + w[1:] + g.num(1950, 2024, 4)
	case 1:
		return w + g.num(1, 99, 2) + g.pick(genSymbols)
	case 2:
		return strings.ToUpper(w[:1]) + w[1:] + g.pick(genSymbols) + g.num(1, 999, 0)
	case 3:
		return g.pick(genWalks)
	case 4:
		return g.num(1, 28, 2) + g.num(1, 12, 2) + g.num(1940, 2010, 4)
	case 5:
		return strings.ToUpper(w) + g.num(1, 99, 2)
	case 6:
		return w + g.pick([]string{"93", "974", "13", "69", "75"})
	case 7:
		return strings.ToUpper(w[:1]) + w[1:] + g.pick([]string{"é", "è", "ç"}) + g.num(1, 99, 2)
	case 8:
		return w + "❤️" + g.num(1, 99, 2)
	case 9:
		return w + "_" + g.pick(genWords) + g.num(1, 9, 1)
	case 10:
		return strings.ToUpper(w[:1]) + w[1:] + g.num(1, 9, 1) + g.pick(genSymbols) + g.pick(genWords)[:2]
	}
	switch g.r.IntN(8) {
	case 0:
		return w // a plain word named as the password
	case 1:
		return g.pick([]string{"Jaimemesenfants", "jesuislameilleure", "MaVieEnRose", "touslesmemes", "vivelavie"}) + g.num(1, 99, 0)
	case 2:
		return g.num(1, 28, 2) + "/" + g.num(1, 12, 2) + "/" + g.num(1940, 2010, 4)
	case 3:
		return strings.ToUpper(w[:1]) + w[1:] + "." + g.num(1, 99, 2)
	}
	return w + g.num(1980, 2024, 4)
}

func (g *gen) passwordLine() genLine {
	v := g.password()
	intro := g.pick([]string{
		"mon mot de passe c'est %s", "mdp : %s", "mdp %s", "MDP: %s", "mon mdp cest %s", "mot de passe %s",
		"le mot de passe de mon compte ameli c'est %s", "mot de passe caf = %s", "j'ai mis %s comme mot de passe",
		"%s c'est mon mdp", "mon mot de pass est %s", "mot de passe: %s", "password %s", "my password is %s",
		"identifiant 123456 mot de passe %s", "mdp impots %s", "le code de ma boite mail c'est %s",
		"mot de passe france connect %s", "mon mot de passe ameli %s", "MOT DE PASSE %s",
		"j'ai essayé %s mais ça marche pas, c'est le mot de passe", "le mdp de mon fils c %s",
		"a senha é %s", "mot de passe : « %s »", "mdp pôle emploi: %s", "mot de passe de ma messagerie %s",
		"le nouveau mot de passe que j'ai mis c'est %s", "kelmat sir %s", "كلمة السر %s",
		"mot de passe = %s", "m.d.p %s", "mon mdp pour ameli cest %s", "Mot De Passe : %s",
		"mot de passe du compte CAF: %s", "mon mot de passe (celui de la caf) c'est %s", "pass: %s",
		"mdp:%s", "je me connecte avec mon mail et %s comme mot de passe", "voila mon mdp %s",
		"le code pour me connecter c'est %s", "mdp antai %s", "mdp de mon compte impots.gouv %s",
		"mon identifiant c'est mon mail et le mot de passe %s", "ma fille a mis %s comme mdp",
	})
	return genLine{g.story(fmt.Sprintf(intro, v)), []string{v}, "password"}
}

// ordinaryLine is a line with numbers that are no secret.
func (g *gen) ordinaryLine() genLine {
	phone := g.pick([]string{"06", "07", "01", "09"}) + g.digits(8)
	var phoneW string
	switch g.r.IntN(5) {
	case 0:
		phoneW = phone
	case 1:
		phoneW = "+33 " + phone[1:2] + " " + phone[2:4] + " " + phone[4:6] + " " + phone[6:8] + " " + phone[8:]
	default:
		phoneW = g.write([]string{phone[:2], phone[2:4], phone[4:6], phone[6:8], phone[8:]})
	}
	date := g.num(1, 28, 2) + "/" + g.num(1, 12, 2) + "/" + g.num(2024, 2027, 4)
	amount := g.pick([]string{"45,50 €", "120 euros", "1 250 €", "89€", "350,00 €", "12.90 euros"})
	post := g.pick([]string{"93200", "75019", "13015", "69008", "59000", "97400", "20000"})
	caf := g.digits(7)
	siret := g.digits(14)
	track := g.pick([]string{"6A", "8R", "LA", "CB"}) + g.digits(11)
	dossier := g.digits(6 + 2*g.r.IntN(3))
	door := g.pick([]string{"A", "B", ""}) + g.num(1000, 9999, 4)
	year := g.num(1950, 2026, 4)
	hour := g.num(8, 18, 2) + "h" + g.pick([]string{"", "30", "15"})
	t := g.pick([]string{
		"mon numéro c'est %[1]s rappelez moi", "vous pouvez m'appeler au %[1]s", "tel : %[1]s",
		"j'ai rendez-vous le %[2]s à %[10]s", "la CAF m'a versé %[3]s le %[2]s", "j'habite au %[4]s",
		"code postal %[4]s", "mon numéro allocataire %[5]s", "numéro allocataire CAF : %[5]s",
		"le siret de l'entreprise %[6]s", "mon colis %[7]s est bloqué", "numéro de suivi %[7]s",
		"dossier n° %[8]s", "facture numéro %[8]s de %[3]s", "numéro client %[8]s", "le code de la porte c'est %[9]s",
		"code porte %[9]s, 3e étage", "j'ai oublié mon mot de passe, je suis né en %[11]s", "mot de passe oublié, numéro %[1]s",
		"je suis arrivé en France en %[11]s", "le rendez-vous est à %[10]s au %[4]s", "mon mot de passe est bloqué depuis le %[2]s",
		"j'ai payé %[3]s mais la facture %[8]s dit autre chose", "référence du dossier %[8]s, appelez le %[1]s",
		"le code postal cest %[4]s", "la CAF dit trop perçu de %[3]s depuis %[11]s", "rdv le %[2]s svp",
		"mon portable %[1]s, fixe aucun", "appelez ma fille au %[1]s après %[10]s", "né le %[2]s à Alger",
		"j'ai perdu mon mot de passe ameli depuis %[11]s", "le mot de passe ne marche plus depuis le %[2]s",
		"numéro de colis %[7]s livré le %[2]s", "mon numéro client EDF %[8]s", "le code du bâtiment %[9]s ne marche plus",
		"mon adresse 12 rue de la paix %[4]s Paris", "montant %[3]s, échéance le %[2]s", "à partir de %[10]s le %[2]s",
		"allocataire n° %[5]s, dossier %[8]s", "SIRET : %[6]s", "n° de suivi La Poste %[7]s",
		"mot de passe %[12]s depuis le %[2]s", "mon mdp %[12]s, je fais comment ?", "mot de passe de ma messagerie %[12]s",
		"le mot de passe du site impots gouv ne marche plus", "mdp appli banque postale %[12]s", "mot de passe ameli ça marche pas",
		"mot de passe banque populaire", "mon clavier est en azerty c'est pour ça", "mot de passe expiré le %[2]s, appelez le %[1]s",
		"mdp caf svp", "mot de passe france connect oublié", "j'ai changé de mot de passe le %[2]s à %[10]s",
		"mot de passe caf vendredi", "mot de passe mail professionnel", "mdp ameli %[2]s", "%[2]s c'est mon mdp qui a expiré",
		"j'ai mis mon prénom comme mot de passe", "mot de passe impots gouv", "mot de passe ameli pareil que la caf",
	})
	state := g.pick([]string{"oublié", "bloqué", "perdu", "expiré", "refusé", "incorrect", "oublie", "bloque", "changé"})
	text := fmt.Sprintf(t, phoneW, date, amount, post, caf, siret, track, dossier, door, hour, year, state)
	// A line that uses none of the parts is written as it is.
	text, _, _ = strings.Cut(text, "%!(EXTRA")
	return genLine{g.pick(genHello) + g.pick(genStory) + text + g.pick([]string{"", " merci", "?", " svp", " !"}), nil, "ordinary"}
}

// generated returns n lines of each family, the same every run.
func generated(n int, seed uint64) []genLine {
	g := &gen{rand.New(rand.NewPCG(seed, 2026))}
	makers := []func() genLine{g.nirLine, g.ibanLine, g.ribLine, g.cardLine, g.expiryLine, g.cvvLine, g.pinLine, g.taxLine, g.passwordLine, g.ordinaryLine}
	var out []genLine
	for range n {
		for _, m := range makers {
			out = append(out, m())
		}
	}
	return out
}

// genFloor is the share of generated secrets that must be masked, per
// family; no ordinary line may change. genFloors may set a family's own.
const genFloor = 0.99

var genFloors = map[string]float64{}

// TestGenerated masks the generated lines and checks each family's floor.
// With -v (or PIMMS_GEN_SHOW=1) it prints each family's figures and the
// lines missed.
func TestGenerated(t *testing.T) {
	type score struct{ lines, masked, changed int }
	scores := map[string]*score{}
	var order []string
	show := os.Getenv("PIMMS_GEN_SHOW") != ""
	shown := map[string]int{}
	// PIMMS_GEN_SEED draws other lines from the same parts, to see
	// whether a fix holds beyond the lines it was made on.
	seed, n := uint64(22), 300
	if v := os.Getenv("PIMMS_GEN_SEED"); v != "" {
		fmt.Sscan(v, &seed)
		n = 1000
	}
	for _, l := range append(generated(n, seed), generatedWays(n, seed)...) {
		s := scores[l.family]
		if s == nil {
			s = &score{}
			scores[l.family] = s
			order = append(order, l.family)
		}
		s.lines++
		got, _ := Mask(l.text)
		if l.family == "ordinary" {
			if got != l.text {
				s.changed++
				if show && shown[l.family] < 40 {
					shown[l.family]++
					t.Logf("ordinary changed: %q -> %q", l.text, got)
				}
			}
			continue
		}
		ok := true
		for _, sec := range l.secrets {
			if strings.Contains(got, sec) {
				ok = false
			}
		}
		if ok {
			s.masked++
		} else if show && shown[l.family] < 40 {
			shown[l.family]++
			t.Logf("missed %s %q -> %q", l.family, l.text, got)
		}
	}
	for _, f := range order {
		s := scores[f]
		if f == "ordinary" {
			t.Logf("%-9s %d/%d changed", f, s.changed, s.lines)
			if s.changed > 0 {
				t.Errorf("%d generated ordinary lines changed", s.changed)
			}
			continue
		}
		rate := float64(s.masked) / float64(s.lines)
		t.Logf("%-9s %d/%d masked (%.1f %%)", f, s.masked, s.lines, 100*rate)
		floor := genFloor
		if fl, ok := genFloors[f]; ok {
			floor = fl
		}
		if rate < floor {
			t.Errorf("%s: %.1f %% masked, below the floor of %.0f %%", f, 100*rate, 100*floor)
		}
	}
}

// inGroupsOf cuts digits into groups of n, the last one shorter if need
// be.
func inGroupsOf(digits string, n int) []string {
	var parts []string
	for len(digits) > n {
		parts = append(parts, digits[:n])
		digits = digits[n:]
	}
	return append(parts, digits)
}
