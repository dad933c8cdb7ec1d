package secret

import (
	"strings"
	"unicode"

	"pimmsbot/internal/fold"
	"pimmsbot/internal/typo"
)

// Residents misspell the words that name a secret as they misspell any
// word (« criptogramme », « confidenciel », « pasword »), and drop the
// apostrophe of an elided word (« date dexpiration », « code dacces »,
// « lancien mdp », « valable jusqua »). The tokenizer reads such a word as
// the word it stands for, so that every rule sees one spelling.

// cueWords are the long words that name a secret or announce one, read
// through a typo: one letter wrong, missing, added or swapped, two for
// the longest.
var cueWords = []string{"cryptogramme", "confidentiel", "expiration", "securite", "identifiant", "identifiants",
	"validite", "password", "immatriculation", "verification", "confirmation", "validation",
	// « numro fical », « n° fisacl »
	"fiscal", "fiscale"}

// cueNeighbours are real words a letter away from a cue word, read as
// themselves.
var cueNeighbours = set("securise", "securiser", "securises", "validee", "valider", "passwords")

// cueByFirst indexes cueWords by their first letter.
var cueByFirst = func() (m [256][]string) {
	for _, w := range cueWords {
		m[w[0]] = append(m[w[0]], w)
	}
	return m
}()

// elidedCues are the words whose elided article residents glue to them
// (« dacces » for « d'accès »), and the articles.
var (
	elidedCues = set("acces", "ancien", "ancienne", "expiration", "identifiant", "identifiants",
		"immatriculation", "expiry")
	gluedArticles = []string{"d", "l", "qu"}
	// The short words of a secret's name residents glue « l » to.
	gluedToL = set("mot", "mdp", "code", "carte", "compte", "rib", "cle", "pin", "crypto", "cryptogramme")
	// « jusqua », « jusquau », « jusquen »
	afterJusqu = set("a", "au", "en")
)

// foreignWords are the words of Spanish, Portuguese, English and Turkish
// that residents use for a secret's name, for the words around it and for
// the papers that are no secret, and the word each is read as: « mi
// contraseña es … », « o cartão expira em 04/31 », « el código de
// seguridad es 104 », « número da minha conta é … chave 57 », « tarjeta
// … fecha 07/28 », « el codigo de mi carta bancaria es … », « my bank
// account number is … key 03, bank code … branch … », « kart şifresi ».
// Residents whose French comes through Arabic put « dyal » (of) and
// « dyali » (my) where French puts « de » and « mon ».
var foreignWords = foldKeys(map[string]string{
	// The words around a code as residents misspell or shorten them:
	// « kod apli », « l'aplication », « code 4 chifres », « bank app ».
	"apli": "appli", "aplis": "appli", "applis": "appli", "app": "appli", "apps": "appli",
	"aplication": "application", "aplications": "application", "applicaton": "application",
	"chifres": "chiffres", "chifre": "chiffre", "chiffre": "chiffre",
	"codigo": "code", "codigos": "code", "contrasena": "mdp", "senha": "mdp", "clave": "mdp",
	// « o código de acesso … », « el código de acceso … »
	"acesso": "acces", "acceso": "acces",
	"tarjeta": "carte", "cartao": "carte", "caduca": "expire", "caducidad": "expiration", "vence": "expire",
	"vencimiento": "expiration", "validade": "expiration", "expira": "expire", "seguridad": "securite",
	"seguranca": "securite", "security": "securite", "es": "est", "em": "en", "do": "du", "da": "de",
	// Spanish: a card (« carta bancaria », said as the French word
	// sounds), an account, its bank and branch, the date on a card, and
	// the small words around them.
	"carta": "carte", "bancaria": "bancaire", "bancario": "bancaire", "cuenta": "compte", "banco": "banque",
	"sucursal": "guichet", "oficina": "agence", "agencia": "agence", "fecha": "date", "hasta": "jusqu",
	"valido": "valide", "valida": "valide", "mi": "mon", "el": "le", "del": "du",
	// Portuguese.
	"meu": "mon", "minha": "ma", "meus": "mes", "minhas": "mes", "conta": "compte", "chave": "cle",
	"data": "date", "ate": "jusqu", "balcao": "guichet", "atras": "derriere", "tras": "derriere", "detras": "derriere",
	// French written as it sounds: « le code derier la carte ».
	"derier": "derriere", "deriere": "derriere", "derrier": "derriere", "derierre": "derriere", "dérrière": "derriere",
	"dairiere": "derriere", "kard": "carte", "cartte": "carte",
	// English.
	"bank": "banque", "branch": "guichet", "expiring": "expirant",
	// The verbs of a value typed or tried, in English and Spanish (« I
	// tried Lyon69 », « he probado Lyon69 »).
	"tried": "essaye", "typed": "tape", "entered": "entre", "received": "recu", "probado": "essaye",
	"intentado": "essaye", "puesto": "mis", "tecleado": "tape", "escrito": "ecrit", "recibido": "recu",
	// Turkish: « şifre » is both a password and a card's PIN.
	"sifre": "mdp", "sifrem": "mdp", "sifren": "mdp", "sifresi": "mdp", "sifremi": "mdp", "sifreniz": "mdp",
	"parola": "mdp", "parolam": "mdp", "parolasi": "mdp", "kart": "carte", "karti": "carte", "kartı": "carte",
	"kartim": "carte", "kartım": "carte", "banka": "banque", "hesap": "compte", "hesabim": "compte",
	"hesabım": "compte", "hesabimi": "compte", "hesabımı": "compte",
	// A RIB's branch and key: « şube kodu », « anahtar ».
	"sube": "guichet", "anahtar": "cle",
	// A card's CVV: « arkasındaki üç rakam » (the three digits on its
	// back), « güvenlik kodu » (security code).
	// Darija « mn lor » (from behind): « le code lor » is the CVV.
	"lor":         "derriere",
	"arkasindaki": "derriere", "arkasinda": "derriere", "arka": "dos", "üç": "trois", "rakam": "chiffres",
	"kodu": "code", "guvenlik": "securite", "gelen": "recu",
	// Arabic through French: « le code dyal la carte », « le mot de
	// passe dyali ».
	"dyal": "de", "dial": "de", "dyel": "de", "mta3": "de", "mte3": "de", "ta3": "de",
	"dyali": "mon", "diali": "mon", "dyeli": "mon", "mta3i": "mon", "mte3i": "mon", "ta3i": "mon",
	// « w » (and), « howa », « hiya » (is), « tarikh » (date): « la carte
	// dyali … w tarikh 12/26 », « l'code dyal la carte howa 3309 ».
	"w": "et", "howa": "est", "houwa": "est", "hiya": "est", "tarikh": "date", "tarikh'": "date",
	// Darija's words with a digit for an Arabic letter are words, not
	// passwords: « nsit lmot de passe w ma 3ndich l'email » (I forgot
	// the password and I don't have the e-mail).
	"nsit": "oublie", "nsite": "oublie", "3ndi": "ai", "3andi": "ai", "3ndich": "pas", "3andich": "pas",
	"ma3ndich": "pas", "ma3andich": "pas", "m3a": "avec", "m3ak": "avec", "3la": "sur", "3lach": "pourquoi",
	"3afak": "svp", "3afakoum": "svp", "3awni": "aide", "3awnini": "aide", "ba3d": "apres", "b3d": "apres",
	"wa7ed": "un", "7ta": "meme", "sa3a": "heure", "ch7al": "combien", "s7i7": "correct", "3reft": "sais",
	"n3ref": "sais", "ma3reftch": "sais", "3yit": "essaye", "3tini": "donne", "3titou": "donne",
	// Papers whose dates are no card's: « tarjeta de residencia caduca
	// 06/2027 », « my residence permit expires … ».
	"residencia": "sejour", "residence": "sejour", "permit": "titre", "pasaporte": "passeport",
	"passaporte": "passeport", "passport": "passeport", "identidad": "identite", "identidade": "identite",
	"identity": "identite", "conducir": "permis", "conducao": "permis", "driving": "permis", "licence": "permis",
	"license": "permis", "nascimento": "naissance", "nacimiento": "naissance", "birth": "naissance",
	// Arabic, in its own letters, as residents of the Maghreb write it:
	// « كلمة السر ديالي : … » (my password), « الرقم السري ديال البطاقة »
	// (the card's secret number), « الكود ديال الكارطة هو … » (the card's
	// code is …). Two-word names are in passwordWords.
	"ديالي": "mon", "تاعي": "mon", "نتاعي": "mon", "متاعي": "mon", "ديال": "de", "تاع": "de", "نتاع": "de",
	"متاع": "de", "هو": "est", "هي": "est", "البطاقة": "carte", "بطاقة": "carte", "الكارطة": "carte",
	"كارطة": "carte", "الكارت": "carte", "الكود": "code", "كود": "code", "الرمز": "code", "رمز": "code",
	"الرقم": "numero", "رقم": "numero", "السري": "secret", "سري": "secret", "الحساب": "compte",
	"حساب": "compte", "الباسورد": "mdp", "باسورد": "mdp", "البين": "pin",
	// Romanian: « parola mea este … », « codul PIN al cardului este … ».
	"codul": "code", "cardului": "carte", "cardul": "carte", "contul": "compte", "contului": "compte",
	"este": "est", "al": "de", "pinul": "pin", "cheia": "cle", "parolei": "mdp",
	// A RIB in Romanian: « cod banca …, cod ghiseu …, numar cont …, cheie … ».
	"banca": "banque", "ghiseu": "guichet", "cont": "compte", "numar": "numero", "cheie": "cle",
	// Italian: « la mia password è … », « il codice della carta è … ».
	"codice": "code", "della": "de", "di": "de", "mia": "ma", "mio": "mon", "conto": "compte",
	"scadenza": "expiration", "sicurezza": "securite", "segreto": "secret",
	// German: « mein Passwort ist … », « die Geheimzahl der Karte ».
	"passwort": "mdp", "kennwort": "mdp", "ist": "est", "mein": "mon", "meine": "ma", "karte": "carte",
	"geheimzahl": "pin", "konto": "compte", "ablaufdatum": "expiration",
	// « Passwort vergessen… nein, warte, es ist … » (forgotten… no,
	// wait, it is …).
	"vergessen": "oublie", "nein": "non", "warte": "attends",
	// Russian: « мой пароль: … », « пин-код карты ».
	"пароль": "mdp", "мой": "mon", "моя": "ma", "код": "code", "карта": "carte", "карты": "carte",
	"карточки": "carte", "пин": "pin", "счет": "compte", "счета": "compte",
	// Polish: « hasło: … », « kod PIN karty »; « numer ubezpieczenia
	// społecznego » (social insurance number), « numer podatkowy » (tax
	// number), « numer konta … klucz … » (account number, key).
	"hasło": "mdp", "haslo": "mdp", "kod": "code", "kode": "code", "karty": "carte", "karta": "carte",
	"numer": "numero", "numeru": "numero", "ubezpieczenia": "assure", "społecznego": "sociale",
	"spoleczne": "sociale", "spoleczny": "sociale", "podatkowy": "fiscal", "podatkowego": "fiscal",
	"podatnika": "fiscal", "konta": "compte", "rachunku": "compte", "klucz": "cle",
	"klucza": "cle",
	// Turkish: « vergi numaram » (my tax number), « vergi kimlik no »,
	// « sosyal güvenlik numaram » (my social security number).
	"vergi": "fiscal", "numaram": "numero", "numarasi": "numero", "numara": "numero", "numarami": "numero",
	"sosyal": "sociale", "sigorta": "assure",
	// German: « Steuernummer », « Steuer-ID », « Steueridentifikationsnummer »
	// (tax number), « Sozialversicherungsnummer », « Kontonummer »,
	// « Schlüssel » (key).
	"steuernummer": "fiscal", "steuer": "fiscal", "steueridentifikationsnummer": "fiscal",
	"steuerid": "fiscal", "sozialversicherungsnummer": "secu", "kontonummer": "compte",
	"schlussel": "cle", "schluessel": "cle",
	// French names run together, « n° » glued to what it numbers as a
	// hurried thumb writes it: « nfiscal 0918… », « numsecu 1 85… ».
	"nfiscal": "fiscal", "nfiscale": "fiscal", "numfiscal": "fiscal", "nofiscal": "fiscal", "numerofiscal": "fiscal",
	"nfisc": "fiscal", "numfisc": "fiscal", "nrofiscal": "fiscal", "nsecu": "secu", "numsecu": "secu",
	"nosecu": "secu", "numerosecu": "secu", "nrosecu": "secu",
	// A card's expiry: Turkish « son kullanma tarihi » (last day of use,
	// SKT), Russian « срок действия » (term of validity), « действительна
	// до » (valid until), German « gültig bis », Polish « ważna do »,
	// « data ważności », Romanian « valabil până la », « data
	// expirării », Italian « scade », « valida fino al », Arabic « تاريخ
	// الانتهاء » (date of the end), « صالحة حتى » (valid until).
	"kullanma": "expiration", "skt": "expiration", "tarihi": "date", "tarih": "date", "gecerlilik": "validite",
	"срок": "validite", "действия": "validite", "действительна": "valable", "действителен": "valable",
	"до": "jusqu", "gultig": "valable", "bis": "jusqu", "wazna": "valable", "waznosci": "validite",
	"valabil": "valable", "valabila": "valable", "pana": "jusqu", "expirarii": "expiration", "scade": "expire",
	"fino": "jusqu", "تاريخ": "date", "الانتهاء": "expiration", "انتهاء": "expiration", "الصلاحية": "validite",
	"صالحة": "valable", "حتى": "jusqu",
	// Their papers: « паспорт », « Reisepass », « Aufenthaltstitel »,
	// « Ausweis », « pasaport », « ikamet » (residence).
	"паспорт": "passeport", "reisepass": "passeport", "aufenthaltstitel": "titre", "ausweis": "identite",
	"pasaport": "passeport", "ikamet": "sejour",
	// Wolof: « sama code bi mooy … » (my code, the, is …).
	"sama": "mon", "bi": "le", "mooy": "est", "moy": "est", "mooye": "est",
	// Tamil « கடவுச்சொல் » (password), in its letters and in Latin ones;
	// Hindi « पासवर्ड », « मेरा पासवर्ड है … » (my password is), and in
	// Latin letters « mera password hai … »; Bengali « পাসওয়ার্ড ».
	"கடவுச்சொல்": "mdp", "kadavuchol": "mdp", "kadavuchchol": "mdp", "kadavuccol": "mdp",
	"पासवर्ड": "mdp", "मेरा": "mon", "मेरी": "ma", "है": "est", "mera": "mon", "meri": "ma", "hai": "est",
	"পাসওয়ার্ড": "mdp", "আমার": "mon",
	// Serbian, Croatian, Bosnian « lozinka », « šifra »; Albanian
	// « fjalëkalimi »; Chinese « 密码 »; Persian « گذرواژه ».
	"lozinka": "mdp", "lozinku": "mdp", "sifra": "mdp", "sifru": "mdp", "fjalekalimi": "mdp",
	"fjalekalim": "mdp", "密码": "mdp", "گذرواژه": "mdp",
})

// foldKeys returns m with its keys folded as the tokenizer folds words
// (« мой » loses its breve).
func foldKeys(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[fold.String(k)] = v
	}
	return out
}

// cardCodeAbbrev returns the name of a card's security code that norm
// writes with its letters in another order (« ccv », « vcc », « ccv2 »),
// or "".
func cardCodeAbbrev(norm string) string {
	base, two := strings.CutSuffix(norm, "2")
	if len(base) != 3 || base == "cvv" || base == "cvc" || strings.Trim(base, "cv") != "" ||
		!strings.Contains(base, "c") || !strings.Contains(base, "v") {
		return ""
	}
	if two {
		return "cvv2"
	}
	return "cvv"
}

// cueWord returns the cue word norm stands for through a typo, or "".
func cueWord(norm string) string {
	if len(norm) < 5 || cueNeighbours[norm] {
		return ""
	}
	for _, w := range cueByFirst[norm[0]] {
		d := len(norm) - len(w)
		// A typo keeps the word's start or its end.
		if w == norm || d > 2 || d < -2 || norm[1] != w[1] && norm[len(norm)-3:] != w[len(w)-3:] {
			continue
		}
		most := 1
		if len(w) >= 11 {
			most = 2
		}
		if typo.Distance(norm, w, most) <= most {
			return w
		}
	}
	return ""
}

// splitElided returns the article glued to a word and the word, when the
// word is one of elidedCues, or a cue word through a typo: « dacces » is
// « d' » and « acces ».
func splitElided(norm string) (article, word string, ok bool) {
	// « lmot de passe », « lcode dyal lcarte »: residents whose French
	// comes through Arabic glue the article to any word.
	if len(norm) >= 4 && norm[0] == 'l' && gluedToL[norm[1:]] {
		return "l", norm[1:], true
	}
	if len(norm) < 6 || norm[0] != 'd' && norm[0] != 'l' && norm[0] != 'q' && norm[0] != 'j' {
		return "", "", false
	}
	if strings.HasPrefix(norm, "jusqu") && afterJusqu[norm[5:]] {
		return "jusqu", norm[5:], true
	}
	for _, a := range gluedArticles {
		if rest, found := strings.CutPrefix(norm, a); found && len(rest) >= 5 {
			if elidedCues[rest] {
				return a, rest, true
			}
			if w := cueWord(rest); w != "" {
				return a, w, true
			}
		}
	}
	return "", "", false
}

// darijaWords are the words of Darija written with a digit for an Arabic
// letter that typos reads (« 3ndich », « 3awni »): words, never a
// password's shape.
var darijaWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range foreignWords {
		if strings.ContainsAny(w, "23579") && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			m[w] = true
		}
	}
	return m
}()
