// Package secret finds the secrets French residents paste into a chat, and
// masks them before anything is stored or relayed.
//
// Residents of a PIMMS send their social security number, their bank
// details, their card or their passwords because someone once asked them
// to, and they write them in every way: grouped with spaces, non-breaking
// spaces, dots or hyphens, with or without a key, with labels or bare.
// Mask recognises:
//
//   - a social security number (NIR) by its structure (sex, year, month,
//     département including 2A, 2B and 99, commune, order), with its key
//     checked when it is written; with a wrong key or without one only
//     when its grouping, « mon numéro », or a NIR's name before it says
//     what it is (« n° de facture 1850… » stays), « mon numéro » a man's
//     or a woman's, with its key wrong or without it (« Mon numéro
//     1560…, la pharmacie le refuse »; a phone's IMEI starts otherwise,
//     and a paper's 13 digits from 7 or 8 stay: « le bordereau … porte le
//     numéro 7682326573676 », the paper named before « porte »); a « clé 91 » after it
//     goes too, and so does the key said again (« je répète la clé 91 »).
//     With its key right, it is read with slashes between its groups
//     (« 1/80/06/… ») and with the letters a photo's text puts for digits
//     (« 2 70 l2 75 … », l and I for 1, O for 0), or Corsica's letter
//     cut from its 2 by a grouping in threes (« 272 122 A17 315 122 »);
//     with commas or slashes
//     between its groups, or with no name at all, when its key, right,
//     is said after it (« 1,68,12,99,350,123 clé 04 », « … 338 987 et
//     après 95 »). A number named another paper's (« numéro
//     d'engagement », « référence du dossier ») is not taken for a NIR
//     by its cut, nor by a key right by chance, nor is a number, cut as
//     no NIR is and its key wrong, the resident asks about (« …, c'est
//     un numéro de dossier ? »); a NIR's name that only says whose the
//     other paper is (« numéro de dossier MSA ») names no NIR, and a
//     paper the NIR is given for (« … sociale pour le dossier : … »)
//     names no other number, nor does « comme demandé », nor a paper
//     named before a clause of its own (« … dans le dossier, alors je
//     le redonne ici : … »); a key after a slash goes with it (« …
//     717 295 / 76 »); a number led by a year and a month (« número
//     2024-03-0045812 ») is no NIR; a NIR's 15 digits with a wrong key
//     beside another NIR (a household's numbers given together: « Le
//     mien c'est … et celui de mon mari … »), unless a paper names it;
//   - an IBAN of any country by its mod 97 check, its account at least
//     half digits (words read as groups are none), one digit mistyped in
//     a French IBAN's whole shape (« fr7630002606468972474034320 »),
//     even over two lines
//     (with a digit mistyped when named an IBAN right before it), a
//     French one without its « FR » right after its name (« iban (sans
//     le FR …) : 76 1751 … »),
//     with its check digits cut apart (« FR7 6300667 3025 … »), or with
//     commas or slashes between its groups (« FR76, 1450, 5098, … »,
//     « FR76/3000/4051/… »);
//   - a NIR, an IBAN, a RIB, a card or a numéro fiscal given in two or
//     three pieces (a RIB in four, its bank and branch masked too; a NIR
//     in three, its key right, needs no name: « les premiers chiffres c
//     2 21 02 … 50 661 670 et à la fin 42 »)
//     joined by words that say the rest follows (« commence
//     par 1 75 06 59 et la suite c'est 115 688 49 », « début FR76 … et
//     la fin … », « première partie …, deuxième partie … », « 4012 7214
//     … puis 4710 8027 »), read as one number with its check right, in a
//     message that names its kind (an IBAN's letters name it: « le début
//     c'est FR7630002 et la suite … »), even a sentence or a line apart while
//     the resident looks for the rest (« 1 88 06 69… attends je cherche
//     la carte… voilà la suite 084 087 91 », « partie 1 : …\npartie 2 :
//     … », the pieces' numbers no pieces, nor an amount or a time: « me
//     rembourse 45 € … compte 65797453873 » is no card);
//   - a French RIB (bank, branch, account, key) by its key, as one number
//     in any grouping or with its parts set apart as in a table (tabs,
//     bars, slashes; commas or semicolons with its key right), its key a
//     few words later (« … puis 78 »), or each part after its label, in
//     any language, its key right (« code banque 17515, code guichet
//     09078, numéro 00026511855, clé 43 »), bank and branch too: the
//     resident gave the RIB whole and is told it is masked, and the
//     codes left in clear would say where the resident banks; and a
//     RIB's account (11 characters) after its label (« compte courant
//     n° », « n° de cpte », « J'ai un CCP, le numéro c'est … »), with the
//     account given in its place (« c'est
//     0007… pas 8464… »), and its key after its label (« clé : 63 ») when
//     the message gives an account, a RIB or an IBAN, or alone when the
//     label names a RIB (« la clé du RIB c 73 »); an account with its key
//     before its label (« 89410713355 81 c mon numéro de compte »), or
//     dictated in words, its key too (« … quatre trois un clé deux
//     huit »); its account and key after its fields' initials (« B 11306
//     G 59397 C 85437010877 K 63 »); 23 digits with a wrong key when
//     named a RIB just before; a Moroccan RIB (24 digits, often cut
//     3-3-16-2) named a RIB, or with its key right in a message about an
//     account; a RIB's key, wrong, set apart as its other parts are
//     (« 11315 | 06067 | … | 91 »); an account of 11 characters right
//     before its key's name and two digits, with no bank or branch
//     (« n° 58080681011 clé 49 », « cuenta Y9856298025 clave 36 »); a
//     bank's code named « code » alone before its branch's label (« BRED
//     code 10107 guichet 28613 »). Bank and branch codes with no
//     account in the message (« le code banque 30004 c'est BNP ? »),
//     BICs, and a « compte rendu n° … », stay;
//   - a payment card number by its Luhn check and its issuer's prefix,
//     grouped by four (commas or slashes between them too), by eight,
//     4-6-6 (« 4133 998648 247254 »), 4-8-4 or not at all, its first digits said in words (« quatre neuf sept zéro
//     8301 0021 4244 »); 16 digits with a card's prefix that fail Luhn
//     (one digit mistyped) when named a card before them in the sentence
//     (« j'ai recopié ma carte … une faute de frappe : 4539 … »), or
//     after them, as the card's own when another paper was named first
//     (« le numéro sur mon reçu est … c'est le même que ma carte ? »), or
//     followed by an expiry or a CVV, on its line or the next, or after
//     « et » (« j'ai bien mis … et 07/27 et 151 »), or in a message
//     where a card's expiry or CVV is found; its expiry after « fin »
//     (a comma before it too: « …, fin 08/28 »),
//     « ends » right after the number, « expiring », Darija « tarikh »;
//     its CVV named in Turkish (« arkasındaki üç rakam », « güvenlik
//     kodu »); its
//     expiry date after the
//     number or a word that joins them (« puis 11 / 28 »), or announced
//     as such, with its day once a card number is given (« expire le
//     31/05/2027 »), in the past or future tense (« elle expirait le
//     10/27 »), its CVV after it past a comma (« expiration 03/29, code
//     161 », « valable jusqu'au 04 28, code 640 », « caduca 08 25, código
//     923 ») or a bracket (« (08/27) — 241 au dos »), « mois/année 11 25 »
//     after the card's number, in French or another language (« son kullanma »,
//     « срок действия », « gültig bis ») (« exp 09/27 », « valable jusqu'au
//     06/27 », « MM/AA : 05/28 », « date expiration 04.28 », « expire en
//     mai 2027 », « sur la carte y'a marqué 09/27 », « mois et année,
//     j'ai mis 10 et 31 »), even without a card number, unless it is a
//     paper's (« titre de séjour », « carte de fidélité »), an expired
//     card's, or could be a day and a month (« expire le 05/03 »); the
//     fields of a card's form (« Date fin : 03/29 - Sécurité : 127 »,
//     « … 7893 / 0927 / 412 », « le mois et année sur la carte c
//     09-26 »); a month in words only in a message about a card; its
//     CVV after the number (an American Express card's four digits:
//     « 3776 923790 03444 / 01/2028 / 1911 »), or introduced as such (« cryptogramme », « au
//     dos il y a », « à côté de la signature »), on the next line of a
//     form, or before words that place it on the card (« 441 derrière la
//     carte », « avec le code 802 derrière »); an expiry run together
//     then a CVV right after the number (« 5132… 0528 293 »); the fields
//     behind emoji that label them (« 💳 4974 … ⏰ 09/25 🔢 126 »);
//   - a card's PIN or any code of four digits given right after « code »
//     (« son code 6147 pour retirer », « code pin sim »), or after words
//     that describe it once they name a card (« le code à 4 chiffres de
//     l'appli bancaire : 0661 », « le code qu'ils m'ont envoyé pour la
//     nouvelle carte c 3625 »), or before « le code de ma carte » unless
//     a verb gives it to a name before it (« code postal c'est 93200, le
//     code … »); a PIN
//     the resident says they typed in a message about a card (« j'ai tapé
//     8796 »), or told someone in a message naming a card's code (« mon
//     code confidentiel, je lui ai dit 5183 »); a value the resident says
//     they typed, gave, answered or thought was the code, once a code or
//     a password is named earlier in the message (« il demande le code.
//     j'ai mis 8856 », « J'ai répondu 8466 », « le code que j'utilise
//     9807 », « je pensais que c'était 3295 », « le mot de passe de ma
//     banque. Je lui ai donné Bisous2022 », « celui que je retiens c'est
//     4829 », « J'utilise Violette33 depuis des années »), or after a
//     password's rules (« 12 caractères avec une majuscule, j'ai mis
//     Bienvenue2024Caf »); a password the resident typed or tried in a
//     message about logging in to an account, or naming a password only
//     after it, each one tried (« pour le compte ameli jai mis
//     Bienvenue75! », « j'ai essayé A13, a13! et A2013, rien ne marche
//     pour me connecter », « I tried … and …, I cannot log in », « he
//     probado … y … para entrar en mi cuenta »), letters with digits or
//     symbols and no program's name (« Windows11 »);
//     a word given « comme mot de passe » (« j'ai mis motdepasse comme
//     mot de passe »); a code right after the
//     count of its digits, as many (« code appli bancaire (6 chiffres)
//     482 915 »); « celui » standing for a code named before (« celui de
//     ma carte bancaire c'est 8056 »); the codes the resident tried, each
//     of them (« j'ai essayé 9198 et 6653 »); the one the resident is
//     sure of once the card was refused (« bloquée après 3 essais,
//     pourtant je suis sûr que c'est 7233 »); a code given after a colon
//     further on in the sentence that names it, in a message about a
//     card, a bank or a code noted on paper (« a noté son code sur un
//     papier dans le portefeuille : 4696 », « de ne jamais donner le
//     code mais je vous fais confiance : 8002 »), or after « avec » once
//     the code is said wrong (« « code faux » avec 9484 »); a PIN in two
//     pairs after its name (« pin 09 puis 75 »); a relative's card in
//     Darija (« code carte dial mama 2839 »); a SIM's PUK (eight digits); a PIN or CVV written with its
//     digits apart (« 3 8 1 », « 3-4-1 », « 12 34 », « 4 8, 1 2 ») or in
//     words (« sept zéro trois », « quatre cent douze », « quatre huit, un
//     deux »), of three digits when dictated right after « code » and a
//     verb (« le code : six cinq zéro »); the right code given after a
//     wrong one (« le vrai c'est 0902 »), or after a code named before
//     with no card named (« j'ai changé le code en agence, le nouveau
//     c'est 0522 »), the old and the new one given
//     together (« l'ancien était 8350 et le nouveau 0518 »), the old one
//     after « au lieu de »; a PIN dictated with digits and words mixed
//     (« sept huit 2 5 ») or commas alone between its digits (« 6,1,8,8 »),
//     named by how many digits it has (« les 4 chiffres à taper sont 2 7
//     3 1 »), or dictated a digit at a time after « c'est » a sentence
//     after the code was named, in a message about a card or a bank;
//     « c'est »
//     written as it sounds (« ces », « cé »); « code postal », « code
//     promo », « code guichet », « le code de la porte » stay, and so
//     does a parcel's pickup code, in a sentence that names a parcel, a
//     locker or a carrier and no card (« Code de retrait Mondial Relay :
//     482917 », « le code du casier », « avis de passage, code de
//     retrait … »);
//   - a one-time code sent to the resident (« le code reçu par SMS c'est
//     481 526 », « la banque demande le code 90806 reçu par sms », not
//     a « numéro de demande », « le code à 8 chiffres 97643974 », as many
//     digits as said, « OTP 550273 », « code 3D secure : 61 72 90 », « le sms
//     dit\n834 512 », « 834 512 valable 10 minutes », « j'ai reçu
//     771204 » in a message about a code, « code de confirmation France
//     Travail : 281799 », « Votre code de sécurité La Poste :\n250225 »,
//     « code à usage unique de l'Identité Numérique : 702139 »), or one
//     said to open or confirm something (« le code pour déverrouiller le
//     tel … c'est 1357 », « le code à 6 chiffres de l'appli : 118044 »),
//     four to eight digits but not seven (a CAF number), as a password,
//     its digits spaced after « code … : » (« Code du téléphone : 2 5 2
//     1 7 2 »), or after « il fait » (« le code il fait 8494 »);
//     how it came told in a clause of its own (« le code qui est arrivé
//     par sms 208079 »), in Turkish (« gelen kod »), the next one sent
//     after it (« puis un deuxième 857613 »), or given right after the
//     question that names it (« … le code que je viens de recevoir ?
//     C'est 769670. »), past the phone it came to (« reçu sur le 06 33
//     21 88 14 c'est 113439 »), or after a colon or « c'est » further on
//     than twelve words (« Code unique reçu par texto pour se connecter à
//     mon compte La Poste : 357821 »); printed in three groups (« Code à
//     usage unique : 51 187 909 »), of letters and digits after « code de
//     sécurité » (« … FranceConnect : UL8X67 »), past « a été envoyé au
//     +33 … : », received in English (« I receive code 463239 »), two
//     given together (« j'ai deux codes 154165 et 162894, lequel … ? »;
//     « deux codes postaux … » and years, « deux codes 2023 et 2024 »,
//     stay), or in a field set apart by slashes (« num fiscal … / code
//     reçu par sms 881574 »); shown by an authenticator app or
//     Certicode (« l'appli authenticator me donne 029 481 », « Certicode
//     Plus : 91 47 30 »), sent in the present (« ils m'envoient un code
//     par mail 671691 »), its count said before what it is for (« le
//     code à 8 chiffres de l'application Ameli c'est 1958 3307 », a
//     half like a year and all), a « code de sécurité » or « de
//     connexion » of letters and digits sent by mail (« … reçu par
//     mail : QK7-4PZ »);
//     a phone's or an app's code (« code de déverrouillage », « code
//     France Identité », « le code de mon téléphone 270419 ») as a PIN;
//     a « code sms » even in a sentence about a parcel;
//   - a card's expiry written anywhere in a message about a card that
//     speaks of its expiry and names no other paper, when it can only be
//     a month and a year (« sur ma visa il y a 06/27 en bas, c'est ça
//     l'expiration ? »), or said as the month the card ends in (« elle
//     finit en septembre deux mille vingt-six »);
//   - a numéro fiscal introduced as such (« numéro fiscal », « numéro
//     de télédéclarant », « tax number »), or named the login of the tax
//     office's site (« identifiant impots : … »), or « numéro d'impôt »,
//     or each declarant's on a joint return (« déclarant 1 : … »), or
//     bare with its key; the numéro d'accès en ligne sent with it, seven
//     digits after its name, in its sentence or the next, even in two or
//     three groups (« numéro d'accès 207 3694 », « numéro d'accès en
//     ligne : 4827163 », « … 120 11 84 »,
//     « online access number »), its name without « en ligne » beside
//     the tax office's words (« num fiscal … num accès 3992770 »); a NIR
//     (Corsica's too: « 2 43 09\n2A 318 984 92 ») or a numéro fiscal
//     over two lines with its key right;
//   - a list of passwords, each after its service's name and an arrow or
//     « = », in a message naming codes, passwords or logins (« mes
//     codes : ameli → Printemps24 ; CAF → Loulou_69 »), or two of them
//     with no name (« ameli = Fleur2000$ / caf = Fleur2000$caf »), or
//     after a service's name first in a list item with no arrow, in a
//     message naming passwords (« impots Kader.1978, caf kader1978caf,
//     ameli Kd1978!! ») or, two of them at least, with a symbol or
//     joined by a dot or an underscore, in any message (« ameli
//     Vitale*2022, CAF caf.ines.91 »); the answer to an account's secret question,
//     a word or two capitalised ending the line (« Question secrète
//     (ville de naissance de la mère) : Bamako », « Réponse : Filou »),
//     past the question's own words to the last mark of its line
//     (« question secrète « nom du premier animal » : Filou », « … ville
//     de naissance = Saint Malo », « … → Filou »), after « réponse
//     secrète c'est », before thanks or what the name names (« Filou le
//     chien de mon fils »); a password the
//     resident typed with no name, when the message says it was refused
//     (« je mets N0ël.2021 mais ça marche pas »); a word and digits
//     joined by a dot or an underscore after « c'est » in a message
//     naming a password (« pour la CAF c'est Ahmed.B1975 »); a
//     provisional code right after its name (« code provisoire
//     C6601z28 »); a backup code (« code de secours », « recovery
//     code »); a code received, told by the channel after it (« j'ai
//     reçu 007582 par texto »); a PIN given in the clause after its name
//     (« mon code au faux conseiller, c'était 1916 »);
//   - a password, by the many ways French speakers introduce one (its
//     name still holds past a correction: « mot de passe wifi ?? non
//     pardon c'est pour la CAF : Fatou2010 »; a provisional code sent by
//     post: « le code provisoire reçu par la poste c'est 48Ka9p »): only
//     the value is masked, not the words around it, and words that
//     describe a password (« bloqué », « oublié », « trop court ») are
//     not taken for one; the word right after its name, with no verb or
//     colon, whatever its case, when it ends the phrase and is no word
//     of the sentence (« mot de passe azerty », « … et mdp soleil, »;
//     « mot de passe oublié », « mdp bloqué », « mot de passe de mon
//     compte », « mot de passe Doctolib » stay), or a passphrase there,
//     a capitalised word, at most two more, and a number that ends the
//     phrase (« mot de passe Jardin bleu 7. »); a new one after
//     « changé en », a passphrase of
//     several words after a colon, the digits after what they are
//     (« mdp = date de naissance de ma fille 14071998 »), a box's wifi
//     key, after any of its names (« code », « clé », « key », « kode »,
//     « passe wifi ») and the words that say whose box it is (« box
//     sfr », « chez ma fille », « est sur la box : »), of a key's shape
//     or in groups of four (« 8F2D 4A19 … »), « le code wifi c'est sur la
//     box, … » staying; a code of 4 to 8 digits named by what it opens
//     (an app, an account, a site, a card paid online, a box) past the
//     words that describe it: its count of digits (« à 4 chiffres »,
//     « c'est 6 chiffres : »), whose account and which provider (« de
//     l'espace client Engie », « for my bank app »), an aside, « que
//     j'ai choisi », then « : », « ? », « est » or nothing, in groups
//     too (« 27 39 51 »), a door's code, a year after a verb (« c'est
//     2042 pour la déclaration ») or an amount staying; a password given
//     again with a sign or its case changed (« « X » et aussi « X! » »);
//     with no verb after « pass » or « comme code » (« pass
//     K3vin.Mb pour mon compte », « a mis comme code MamieJo44 »), and
//     after « mon passe c'est »; of « codes d'accès : login / X », X only;
//     one written before its name set apart by a bracket or an arrow
//     (« Nour.2019 (mot de passe caf) », « Violette44! -> mdp impots »),
//     unless the name says it is lost (« Windows10 (mdp oublié) »); a
//     new one given after « un autre, » (« j'en ai mis un autre,
//     Z8x!Pq45, mais… »); a « ! » before a full stop (« mdp
//     Zebulon!. ») kept as the value's, and the full stop after it the
//     sentence's (« c'est Soleil. Merci »); the
//     old and the new one given without a name, both of them (« l'ancien
//     était Lina1506, le nouveau c'est Lina1507! »), a car's plate or an
//     amount staying; a value between quotes right after its name,
//     whatever its words (« mot de passe « Cerise sur le gâteau » »);
//     words said to have spaces (« c'est 3 chats gris avec des
//     espaces », « … impots c'est Ma maison 93 ! avec les espaces »); a
//     word then digits spaced after the name and the service
//     (« mot de passe impots Oran 1 9 5 8 »); the first of two the
//     resident hesitates between (« mdp azertyuiop ou azerty123 »); one
//     after its name and a comma (« mon mot de passe de la banque,
//     Nour@2024 », an « @ » with no address's dot after it); one
//     before its name behind « <- » (« Ch0c0lat$ <- mdp de ma
//     session »); and, in a message naming a password, a value of
//     letters, digits and a symbol after « : » or « c'est », even a
//     sentence later (« écrit sur un post-it : Grenouille!88 », « le
//     dernier, c'est Printemps#2025 »), or dictated in words with its
//     symbols and capitals said by name (« chouchou arobase arobase deux
//     mille vingt-cinq », « majuscule L iberte arobase huit six tiret »;
//     « il faut un tiret et deux chiffres » stays); a date with no verb
//     that gives it stays (« mdp X. À payer avant 13-08-2023 »). With
//     no name, letters with digits or symbols the resident logs in with
//     (« je me connecte normalement avec Chouchou2018 »), uses
//     everywhere (« le même partout : Minou🐱2021 », « j'utilise
//     Kiwi.2013 pour tous mes comptes », « le même que ameli :
//     Fatou1954 »), or says how to type (« c'est l'Ete2019 avec
//     l'apostrophe », « ça donne Zoé-Léa_2012 avec les accents »,
//     « c'est alger57 mais la première lettre en majuscule »); one spelt with hyphens in a message naming a password
//     (« je vous l'épelle : L-i-n-a-1-9-9-1 »); a variant of a password masked,
//     the same but its last characters (« … sauf la fin :
//     cafe-creme-13 »); each part of a password given in pieces
//     (« en deux fois : première partie Rose et deuxième partie
//     Vents77! »); a code opening a pension's account (« le code pour
//     ouvrir mon compte retraite c'est Mimosa.1950 »). The value comes
//     after a clause of its own and « est » (« le mot de passe que j'ai
//     choisi est soleilLevant »), after a colon far on in the sentence
//     (« … que le conseiller m'a donné au guichet le 8 octobre :
//     KtL-5521-xp »), or right after the question that names it, with
//     letters and digits or symbols (« il faut aussi mon mdp ? c'est
//     Ete2022soleil »), hedged (« je crois c Sofiane93! ou Sofiane93? »,
//     each guess); a plain word right after its name before the
//     laughs of SMS (« mdp jesuisfatigue lol »); « c'est vrai » gives no
//     value. A card's code is read past « pas » after its verb (« c'était
//     pas 4821 ? »), past the date it came (« reçu par courrier le 02/10
//     pour ma nouvelle carte est 6047 »), and its CVV after « code
//     sécu »; a code's name past its articles (« le code de confirmation
//     de mon espace ameli c'est K4T9QZ »), and a code sent « pour
//     confirmer ma demande », what it confirms naming no other number.
//     A password's or a code's name is read run together (« codesecret
//     90817263 », « codepin », « codecb », « motdpasse », « mdpasse »;
//     « codepromo », « codepostal » stay); a plain word after it,
//     before an aside on how it is typed (« motdepasse tournesol tout
//     en minuscule », « avec un J majuscule », « sans accent », « tout
//     attaché »); an account's « clé », « clé de sécurité » or « clé
//     secrète » names a password, letters with digits or symbols after
//     its verb (« ma clé c Kx7-pL9q »; a RIB's key in digits, a
//     garage's « B12 » stay). A code sent is read past the phone it
//     came to (« le code reçu sur mon tel 96658 », « arrivé sur le
//     téléphone »), after « arrivé » right after its name (« le code
//     arrivé dans ma boîte mail 630914 »), and in two halves of four
//     digits (« reçu : 8596 9599 »); a code's second half of four
//     digits goes with its first (« mon code c'est 4821 9930 » left
//     « 9930 » in clear). A password is named « phrase secrète », or
//     « sésame » before a value with letters and digits or symbols; one
//     typed after a login and a slash goes too (« j'utilise marie75 /
//     Soleil!2020 »).
//
// Numbers dictated in words (« deux, quarante et un, zéro sept… »), or
// half in words and half in digits (« deux soixante-quatre onze
// quatre-vingt-treize 108 345 59 », « deux, 77, 02, 2A 314 806 »), are
// read as digits and checked as the same numbers written with digits,
// past words that say the rest follows (« un, puis douze, zéro un, … et
// après 825 816, la clé quarante-cinq »)
// (a NIR's year or month said without its zero, « 1 trois 10 67 393 625
// la clef quatre-vingt-quinze », is the year 03), a
// NIR's 15 with a wrong key when named so (« Mon numéro c'est un,
// quatre-vingt-cinq, … clé quarante-sept »); a numéro fiscal is read with
// slashes or commas between its groups when named so or with its key
// right, a NIR with commas when its key is right, with spaces within
// its groups too (« 2 46 11, 55 843 962, 58 »), or read out in three
// pieces with its key, right, after them (« 1 84 09 ensuite 03 414 et
// après 005 la clé 59 »);
// separators said in words between groups (« 2 tiret 17 tiret 05 »,
// « 04 slash 27 », « FR76 virgule 1131 », « soleil tiret bas 2024 ») are
// read as the marks they name.
// The words that name a secret in Spanish, Portuguese, English, Turkish
// (« vergi numaram »), Romanian, Italian, German (« Steuernummer »,
// « Kontonummer … Schlüssel »), Polish (« numer ubezpieczenia
// społecznego », « numer podatkowy », « numer konta … klucz »), Darija
// in Latin letters (« kelmat sir », « code lor »), Russian, Serbian, Croatian,
// Albanian, Wolof, Tamil, Hindi, Bengali, Vietnamese, Chinese, Persian or
// Arabic script
// (« contraseña », « código de seguridad », « o cartão expira em »,
// « account number … key 03 », « cuenta … clave 57 », « tarjeta …
// fecha 07/28 », « şifre », « codul cardului este », « la mia password
// è », « Passwort », « hasło », « пароль », « كلمة السر », « الرقم
// السري »), the small words around them (« mi », « del »,
// « minha », and « dyal », « dyali » of French spoken through Arabic, with
// its article glued: « lmot de passe »), and the papers that are no card
// (« tarjeta de residencia », « passport ») are read as the French words
// they stand for. An IBAN is read only in its country's shape (« is
// 2004… and the key is 57 » is no Icelandic IBAN); a code named a bank's,
// a door's or a post code in English order (« bank code 30004 ») stays.
// A number of 13 to 32 digits glued to a word, a space lost in a copy
// (« sécurité sociale159118835722130merci »), is read as set apart.
// A value between single quotes is one value, spaces and all (« c'est
// 'le chat noir 12' »), as between « guillemets »; so is one spelt a
// character at a time (« S o l e i l 2 0 2 4 »). Digits written as a
// phone's keycap emoji (« 4️⃣8️⃣2️⃣1️⃣ ») are read as digits. A password or a code
// given again in the message (« confirmer : Kenza@75 ») is masked each
// time.
// The words that name a secret are read through the typos residents make
// in them (« criptogramme », « pasword », « passe word », « mot d passe », « mpd »,
// « mdpp », « mp » of SMS but not « en mp »,
// « numro fical », « ccv ») and
// with a dropped apostrophe (« code dacces », « date dexpiration », « code
// d acces », « l ancien »). A
// value unchecked by any sum (a CVV, an expiry, a PIN, a code sent by
// SMS, a password) is looked for in a window of words around its name,
// before or after it, in the same sentence, past asides in brackets and
// the words that describe it (« à 4 chiffres sur le devant »).
//
// Beside these, rules read families rather than phrases (accounts.go):
// the digits after « code » whatever words name the account between them
// (« mon code caf 98765432 », « identifiant 1234567 code 98765432 »,
// « Certicode Plus 9491 9353 », « code d'activation 4K7P-9ZQ2 »), a
// voucher's code excepted (« Pass Culture », « carte cadeau »); six or
// eight digits a sentence says were sent or shown, sender and channel in
// any order (« ameli m'a envoyé 482193 », « je recois 195732 par
// texto »); a password of letters and digits anywhere in the sentence
// that names one, or in a clause after a password or a code was named
// (« le dernier que jme rappelle c t Ryan_PSG_10 », « et pour le mail
// c'est Doudou_19 »), right after a login address (« identifiants :
// jean@gmail.com Kiwi2023 »), or after « c'est » in the clause that says
// it logs the resident in (« pour me connecter à ameli c'est
// « Kiwi2023 » »); a password tried again in another case.
//
// With no name of a password at all (suggested.go): the made-up words a
// resident tells someone to try, each of them (« essayez Bambou31 sinon
// bambou_31 », « try sunshine88 please »); two a resident hesitates
// between, one password spelt two ways or said unsure (« je sais plus si
// c'est Doudou13 ou doudou2013 »; « T3 ou T4 », « Windows10 ou
// Windows11 » stay); the plain word a password masked disguises with
// digits or signs for letters (« P4pillon# (l'ancien papillon …) »). A
// plain word between « c'est » and a password's name (« c est
// tournesol le mot de passe haha »; « c'est quoi le mot de passe ? »
// stays), or after « c'était » past a clause (« le mot de passe que
// j'avais choisi la première fois c'était onverra »), or after « pass » (« pass
// azerty »; « pass navigo », « pass jeune » stay); a birth date given
// as one (« ma date de naissance 14/07/1962 », « c'est 7 juin 1981 »);
// a value after « le même que ma boîte mail : ». What stands in a
// password's place is no password (« mot de passe : ******** », « « celui
// de d'habitude » »). « nfiscal », « numsecu » are read as their names.
// A name run into digits the resident uses or types (« j'utilise Kiwi77
// pour tout »), or gives after « c'est » in a message about an account
// (« pour ameli c'est Kiwi77 »; « c'est Marseille13 le club » stays); the
// parts of a password joined by « + », « puis », « suivi de » (« Rex +
// 1979 »); what it starts or ends with (« commence par Kiwi et finit par
// 77 »); a passphrase of three to six plain words after its name with no
// verb (« mot de passe tortue rapide mange salade »); a value after dots
// or after how it is typed (« mon mot de passe... X », « en minuscules :
// tartine »); « le même qu'avant : X »; « code Kiwi77 ». A name run
// into digits, or a word with a symbol, in a message that says logging
// in fails (« Kiwi77 ne marche pas », « refusé : Kiwi77 »), or given,
// chosen or changed to (« on m'a donné Kiwi77 à l'accueil »), or right
// after the question that names a password (« le mdp ? Kiwi77 je
// crois »); a login (« mon identifiant c'est dupont75 », « mon compte
// Doudou13 »), a device, a district, a bus line stay. A PIN typed at a
// cash machine in the present (« pour retirer je tape 2580 »); plain
// words that end the message after « mot de passe : » (« soleil
// levant »); a name given after what it is (« le prénom de mon fils
// Yanis »). In a message about an account (a service, a login or a
// password named), a name run into digits or a word with a symbol
// wherever it stands (« pour la caf : Kiwi77 », « ameli Kiwi77 »), not
// a login named in its sentence (« mon identifiant caf c'est dupont75 »)
// nor a promo's or an error's code.
//
// Wherever they stand (weak.go): a walk along the keyboard and the word
// password dressed with digits (« azertyuiop », « 1234azerty »,
// « Password1 »; « un clavier azerty » stays). A birth date run together
// after a verb of logging in or typing (« je me connecte avec 02051950 »;
// « je mets 12031987 comme date de naissance » stays); a plain word run
// into a password's sign after such a verb or « c'est » (« je tape
// coquelicot! et rien »; « c'est grave! » stays); the other password
// tried after one masked (« …, ni avec escargot », « c 1234 ou 2345 je
// sais plus »); passwords listed by service (« - ameli :
// Vive-la-retraite », « mes codes : caf : marmotte »; « caf : versement
// ok » stays); a numéro fiscal or a NIR over lines after its label
// whatever its key, or given as the login beside a password; a card's
// fields run into their value (« exp03 26 », « cvv123 ») and its expiry
// « périmée depuis 7/24 »; a PIN typed where a shop's terminal says
// « code faux ».
//
// By what a secret is rather than by the phrases seen (walks.go,
// typed.go, expiries.go): a keyboard walk read by where its keys are, in
// any direction, down columns or in a zigzag, shifted or not
// (« poiuytreza », « 1qaz2wsx », « !Q@W#E$R »); what the resident says
// they typed into a field when it has a password's shape (« ma fille a
// mis Tigrou2012 », « j'ai essayé 123456 », « Ciel.Mer.Vent »), each of
// one word spelt several ways (« Rex, rex et REX2015 »), a plain word once
// a password is named (« … j'ai mis lulu »), words said to hold a space;
// two spellings of one word with digits offered as a choice
// (« Tilou-1999 ou tilou1999 »); a value in the slot before « c'est mon
// mot de passe »; the words between a password's name and « avec les
// espaces », small words and all; the other passwords made like one found
// (« Kiwi2023 … Caf2023 »); a greeting as the value after « mon mot de
// passe c'est »; a value after a colon further on in the sentence that
// names a password (« mon mdp c'est une phrase : X »); a PIN past the
// card's kind and owner (« la carte de paiement de ma tante »); a NIR's
// 13 digits where 13 digits are asked; a card's
// expiry with non-breaking spaces around its slash, with its day when read
// off the card, or dictated in number words (« zéro six slash
// vingt-huit »). A layout's name (« azerty »), a program's versions, a
// file's acronym and year (« RDV2024 »), a date said to be when (« ma cb
// expire le 30/09/2027 normalement ») stay.
//
// By how a sentence points at a value rather than by its phrase
// (odd.go, glued.go): in a message that names a password, or a code that
// opens an account, a token shaped as only a password is (letters in
// lower case run into digits and a capital or a symbol, or words joined
// by underscores: « … dans le carnet… Luc_Ana_2010 je crois »), wherever
// it stands, a paper's number after its name excepted (« la référence
// du courrier est REF_2024_118 »); six or eight digits in the clause
// after a password's name (« mot de passe avec que des chiffres … »); a
// login and its value then « pass » (« login jean.d@orange.fr pass
// Jd#75 »); « aussi » before the name after a value (« 12071990 c'est
// aussi mon mot de passe »); a value after what it is made of (« le nom
// du chien + l'année : Rex2019 », « mon prénom et ma date lina12031990 »,
// a relative's name in lower case after a colon; « mon nom de famille :
// dupont » stays); a passphrase ending at a dash, a bracket, a mark
// dictated to a phone (« mot de passe virgule Lucas 2010 virgule »,
// « … point à la ligne ») or « avec un grand K », or said to have spaces
// after a comma, or between quotes after « une phrase »; a value changed
// to (« changé pr Nina_Leo_2019 »); the codes listed after one masked,
// as many digits as it, and the one given once the first is taken back
// (« 1234 ? non c'est pas ça, c'est 80452291 »); a plain word in lower
// case after whose the password is (« mdp de ma tante doudou c elle
// qui… »; « … de mon fils Lucas ? » stays); in a list of services and
// values, letters and digits beside one no word is (« … Lucien.1950
// ameli lucien50 EDF Edf1950zz »). A secret's name run
// into its value is read apart (« motdepasseKiwi88 », « guichet00123 »,
// « ibanfr76… »; « motdepasse123 » stays one password). A card read out
// a digit at a time; its expiry given field by field (« mois 10 année
// 2028 »); a RIB's branch under its other names (« centre », « sort
// code »); a numéro fiscal by the 2 2 3 3 3 grouping of the tax
// office's notices; a voucher's number (« chèque énergie … numéro … »)
// is no NIR.
//
// How a sentence points at its value is read by mechanisms, each one
// table or function every rule shares, rather than by one more phrase
// per miss:
//
//   - the verbs that give a value are one paradigm (paradigm.go): every
//     tense, the conditional, a modal before « être », SMS spellings and
//     a hedge beside the verb are read, once, as the forms the rules know
//     (« ce serait X », « ça doit être X », « normalement c'est X », « je
//     crois que c'est X », « jai mit X », « j'ai mi X », « j'avais mis
//     X », « je met X »); « le mot de passe serait trop simple » stays;
//   - a clause between a name and its verb may hold anything but the end
//     of its sentence: years, dates, amounts, places (« le mot de passe
//     qu'il a choisi en 2019 c'est X », « … qu'on m'a donné le 12/03 à
//     14h30 : X »); a code named by the account it opens is that account's
//     password (« le code pour rentrer sur le site c'est tournesol »; « le
//     code pour rentrer dans l'immeuble c'est le 1234 ? » stays: a door's
//     code is no secret here), and so is a value in apposition after a
//     name « c'est » gives (« … c'est mon mot de passe, Rossignol, pas de
//     chiffre »);
//   - a value given first, then what it is made of, then that it is the
//     password (described.go: « j'ai mis 12041951 c'est ma date de
//     naissance pour le mot de passe », « X c'est le prénom de mon chien,
//     c'est mon mot de passe »); a value given « pour le mot de passe »
//     as « comme mot de passe »;
//   - the old or the new password alone, in a message about changing it
//     (oldnew.go: « l'ancien était X tout en minuscules, le nouveau je
//     l'ai pas noté »; « l'ancien était mieux » stays);
//   - a list's items are siblings (lists.go): once one item's value is a
//     password, the others' are too (« LCL : X | ameli : Y | caf : … »),
//     and a list of accounts or persons whose values are all made as
//     passwords are is one of passwords (« compte 1 (moi) : X\ncompte 2
//     (ma fille) : Y »); « caf : versement ok | ameli : remboursé »
//     stays;
//   - a secret question's topic names its answer (answers.go:
//     « première école : Jules Ferry »; a form's topic, a mother's
//     maiden name, only once an account is named); how a value is typed,
//     said after it, points at it (typing.go: « X avec l'accent »); so
//     does a pronoun that announces it (announced.go: « je l'ai tapé 5
//     fois : X »); a plain word that is a masked password without its
//     digits is the same secret tried bare (« soit lune soit Lune22 »);
//   - a subject opens another phrase after a value (« … c'est caramel je
//     l'ai recopié »), and a word that ends its sentence is given to no
//     « c'est » after it (« Bonjour monsieur. c'est le mot de passe qui
//     bloque » stays);
//   - an IBAN or a NIR run into the words around it is read apart
//     (« ibanFR76…634merci », « cestFR76… »), and a capital then digits
//     alone is a paper's reference, not a keyboard walk (« 23 19 A123456
//     78 » on a tax notice stays).
//
// Ordinary numbers stay: dates, times, amounts, phone numbers, postcodes,
// CAF and dossier numbers, invoices, tracking numbers, SIRET, PDL, IMEI,
// EAN bar codes.
//
// A masked text holds no secret Mask would find again: masking twice is
// masking once.
//
// A resident's message enters Mask in the core (internal/conversation),
// before it is stored, relayed to the mediators or exported, and leaves
// with each secret replaced by a « masqué » mark. Nothing is kept here.
package secret

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A Kind is a kind of secret, for telling the resident what was masked.
type Kind uint8

// The kinds of secret Mask finds, in the order Mask reports them.
const (
	NIR       Kind = iota + 1 // social security number
	Bank                      // IBAN or RIB
	Card                      // payment card number (and its expiry, CVV)
	CardCode                  // a card's PIN or CVV given alone
	TaxNumber                 // numéro fiscal
	Password                  // password or secret code
)

var kindNames = [...]string{NIR: "nir", Bank: "bank", Card: "card", CardCode: "card-code", TaxNumber: "tax-number", Password: "password"}

// String returns the kind's name in English, for logs and tests.
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "unknown"
}

// The masks put in place of secrets. Identifiers say what they were, so
// that a mediator reading the thread knows what the resident sent; a
// password or a code is « [masqué] ».
const (
	MaskNIR      = "[n° de sécurité sociale masqué]"
	MaskIBAN     = "[IBAN masqué]"
	MaskRIB      = "[RIB masqué]"
	MaskCard     = "[n° de carte masqué]"
	MaskTax      = "[n° fiscal masqué]"
	MaskPassword = "[masqué]"
)

// masks lists every mask, longest first, for finding them again.
var masks = []string{MaskNIR, MaskCard, MaskTax, MaskIBAN, MaskRIB, MaskPassword}

// A span is a secret found in the text, as byte offsets.
type span struct {
	start, end int
	kind       Kind
	mask       string
}

// Mask replaces the secrets in text by a mask, and returns the kinds it
// masked, each once, in Kind order. A text with no secret is returned as
// it is, with found nil.
func Mask(text string) (masked string, found []Kind) {
	masked = text
	// A mask changes what is around it: a number that followed a masked
	// password may now stand alone. Masking again until nothing more is
	// found makes masking twice the same as masking once. Each round masks
	// at least one more secret, and few messages hold more than two.
	// A made-up password strongShaped masks after the rounds may leave a
	// value beside it that the rounds then see (« identifiant X!1a /0 »):
	// the rounds run again after it.
	for pass := 0; pass < maxRounds; pass++ {
		for range maxRounds {
			out, kinds := maskOnce(masked)
			if kinds == nil {
				break
			}
			masked = out
			for _, k := range kinds {
				if !slices.Contains(found, k) {
					found = append(found, k)
				}
			}
		}
		out, ok := strongShaped(masked)
		if !ok {
			break
		}
		masked = out
		if !slices.Contains(found, Password) {
			found = append(found, Password)
		}
	}
	slices.Sort(found)
	return masked, found
}

// maxRounds bounds the rounds of Mask, far above what messages need.
const maxRounds = 16

// maskOnce masks the secrets found in one reading of text.
func maskOnce(text string) (string, []Kind) {
	if !worthScanning(text) {
		return text, nil
	}
	read, from := readAs(text)
	sc := newScanner(read)
	defer sc.free()
	sc.numbers()
	sc.cardCodes()
	sc.cardExtras()
	sc.spokenExpiries()
	sc.fieldExpiries()
	sc.passwords()
	sc.weakPasswords()
	sc.datePasswords()
	sc.bangWords()
	sc.alternativeWords()
	sc.serviceLists()
	sc.givenValues()
	sc.accountCodes()
	sc.laterValues()
	sc.textedCodes()
	sc.credentialPairs()
	sc.sentDigits()
	sc.nearName()
	sc.loginValues()
	sc.correctedCodes()
	sc.repeats()
	sc.disguised()
	sc.joinedParts()
	sc.secondHalves()
	sc.typedShapes()
	sc.valuesBefore()
	sc.describedBefore()
	sc.alikeAlternatives()
	sc.spacedPhrases()
	sc.colonLater()
	sc.passwordSiblings()
	sc.listSiblings()
	sc.setOffValues()
	sc.respelled()
	if len(sc.spans) == 0 {
		return text, nil
	}
	slices.SortFunc(sc.spans, func(a, b span) int { return a.start - b.start })
	var b strings.Builder
	b.Grow(len(text))
	last := 0
	var found []Kind
	for _, sp := range sc.spans {
		if from != nil {
			sp.start, sp.end = from[sp.start], from[sp.end]
		}
		b.WriteString(text[last:sp.start])
		b.WriteString(sp.mask)
		last = sp.end
		if !slices.Contains(found, sp.kind) {
			found = append(found, sp.kind)
		}
	}
	b.WriteString(text[last:])
	return b.String(), found
}

// readAs returns text as the masker reads it, the separators said in
// words written as marks, the digits of keycap emoji as digits and a long
// number glued to words set apart from them, and for each byte read the
// byte of text it comes from (nil when the text is read as it is).
func readAs(text string) (string, []int) {
	named, fromNamed := gluedNames(text)
	glued, fromGlued := gluedNumbers(named)
	keys, fromKeys := keycapDigits(glued)
	read, from := spokenSeparators(keys)
	return read, compose(compose(compose(fromNamed, fromGlued), fromKeys), from)
}

// compose returns the bytes of the first text that the bytes of the
// third come from, given a from the second to the first and b from the
// third to the second; nil stands for a text read as it is.
func compose(a, b []int) []int {
	switch {
	case b == nil:
		return a
	case a == nil:
		return b
	}
	for i, k := range b {
		b[i] = a[k]
	}
	return b
}

// gluedNumbers sets apart with a space a number of 13 to 32 digits (a
// NIR, a card, a RIB, an IBAN's after its letters) that a word of
// lower-case letters touches, as when a space was lost in a copy
// (« sécurité sociale159118835722130merci », « ibanFR76…634merci »), and returns for each byte
// read the byte of text it comes from, or nil when there is none. Codes
// of capitals and digits (« LL123456789FR », « FR76… ») stay as they are.
func gluedNumbers(text string) (string, []int) {
	sp := spacer{text: text}
	for i := 0; i < len(text); {
		if !isDigit(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && (isDigit(text[j]) || corsica(text, j)) {
			j++
		}
		// « cestFR76…merci »: an IBAN's country letters go with its
		// digits, the word before them apart.
		s := i
		if i >= 3 && isUpperASCII(text[i-1]) && isUpperASCII(text[i-2]) && j-i >= 8 {
			s = i - 2
			// An account of La Banque Postale holds a letter.
			for j < len(text) && (isDigit(text[j]) || isUpperASCII(text[j])) {
				j++
			}
		}
		before, after := lowerWordBefore(text, s), lowerWordAfter(text, j)
		label := j-i >= 2 && j-i <= 4 && gluedLabel(text, i) && !after && (!taxLabel(text, i) || j-i == 2 && groupFollows(text, j))
		if label {
			before = true
		} else if n := groupedDigits(text, i); before && !after && j-i < 13 && n >= 13 && n <= 32 && (i == 0 || !isDigit(text[i-1])) {
			// « Sécurité Sociale2 90 02 94 028 355 34 »: the number's
			// first group run into the word, its others set apart.
		} else if j-i < 13 || j-i > 32 || !before && !after || i > 0 && isDigit(text[i-1]) {
			i = j
			continue
		}
		sp.copyTo(s)
		if before {
			sp.space(s)
		}
		sp.copyTo(j)
		if after {
			sp.space(j)
		}
		i = j
	}
	return sp.result()
}

// corsica reports whether byte j is the letter of Corsica's
// département in a NIR run together (« 185062B04265279 »): A or B after
// a 2, a digit after it.
func corsica(text string, j int) bool {
	return (text[j] == 'A' || text[j] == 'B') && j > 0 && text[j-1] == '2' && j+1 < len(text) && isDigit(text[j+1])
}

// cardLabels are the names of a card's fields residents run into their
// value: « exp03 26 », « cvv123 », « crypto356 »; and a numéro fiscal's,
// run into its first group (« n° fiscal21 47 803 552 016 »).
var cardLabels = [...]string{"exp", "cvv", "cvc", "crypto", "fiscal", "fiscale"}

// gluedLabel reports whether the digits at byte i follow one of
// cardLabels, in any case, that is a word of its own.
func gluedLabel(text string, i int) bool {
	for _, l := range cardLabels {
		s := i - len(l)
		if s >= 0 && strings.EqualFold(text[s:i], l) && (s == 0 || !isAlnum(text[s-1]) && text[s-1] < 0x80) {
			return true
		}
	}
	return false
}

// taxLabel reports whether the digits at byte i follow « fiscal »: a
// numéro fiscal's first group of two, another group after it
// (« fiscal21 47 … »); « fiscal1960 » is a password.
func taxLabel(text string, i int) bool {
	return i >= 6 && strings.EqualFold(text[i-6:i], "fiscal") || i >= 7 && strings.EqualFold(text[i-7:i], "fiscale")
}

// groupFollows reports whether a space, no-break or not, then a digit
// come at byte j.
// groupedDigits counts the digits of the number that starts at byte i,
// its groups set apart by one space (any of French typography's), a dot
// or a hyphen.
func groupedDigits(text string, i int) int {
	n := 0
	for i < len(text) {
		if isDigit(text[i]) || (text[i] == 'A' || text[i] == 'B') && i > 0 && text[i-1] == '2' {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if (r == ' ' || r == '\u00a0' || r == '\u202f' || r == '.' || r == '-') && i+size < len(text) && isDigit(text[i+size]) {
			i += size
			continue
		}
		break
	}
	return n
}

func groupFollows(text string, j int) bool {
	rest := strings.TrimLeft(text[j:], " \u00a0\u202f")
	return len(rest) < len(text)-j && rest != "" && isDigit(rest[0])
}

// lowerWordBefore reports whether the character before byte i is a
// lower-case letter; lowerWordAfter, the one at byte j.
func lowerWordBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLower(r)
}

func lowerWordAfter(s string, j int) bool {
	r, _ := utf8.DecodeRuneInString(s[j:])
	return unicode.IsLower(r)
}

// keycapDigits reads the keycap emoji a phone offers for digits
// (« 4️⃣8️⃣2️⃣1️⃣ ») as the digits they show, and returns for each byte
// read the byte of text it comes from, or nil when there is none.
func keycapDigits(text string) (string, []int) {
	const keycap, variation = "\u20e3", "\ufe0f"
	if !strings.Contains(text, keycap) {
		return text, nil
	}
	var b strings.Builder
	from := make([]int, 0, len(text)+1)
	for i := 0; i < len(text); {
		b.WriteByte(text[i])
		from = append(from, i)
		j := i + 1
		if isDigit(text[i]) {
			after := strings.TrimPrefix(text[j:], variation)
			if strings.HasPrefix(after, keycap) {
				j = len(text) - len(after) + len(keycap)
			}
		}
		i = j
	}
	return b.String(), append(from, len(text))
}

// worthScanning reports whether text could hold a secret: a digit, or a
// letter sequence that may introduce a password. Most messages are short
// questions with neither, and are returned at once.
func worthScanning(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= '0' && c <= '9' {
			return true
		}
		// « je tape coquelicot! et rien »: a word run into a
		// password's sign, a phrase going on after it (bangWords).
		if i > 0 && strings.IndexByte("!*#$%&", c) >= 0 && isLetter(text[i-1]) && signedWord(text, i) {
			return true
		}
		// « ameli : … »: a value given to a service (serviceLists).
		if c == ':' && serviceBefore(text, i) {
			return true
		}
	}
	// A password masked in an earlier round: the other tried beside it
	// (alternativeWords).
	if strings.Contains(text, MaskPassword) {
		return true
	}
	// No digit: only a password, or a card's code written in words
	// (« crypto : sept zéro trois »), can be there, and it needs words
	// that introduce it; or a number dictated in words, many of them
	// (« deux, quarante et un, zéro sept… »). One pass, looking up the
	// words by their first letter.
	// Every word looked for has two bytes at least: a byte pair that
	// starts none (most of them) is passed without reading the lists.
	spoken := 0
	for i := 0; i+1 < len(text); i++ {
		pair := uint16(lower(text[i]))<<8 | uint16(lower(text[i+1]))
		if !startPairs.has(pair) {
			continue
		}
		for _, w := range introducers[lower(text[i])] {
			if len(text)-i >= len(w) && hasPrefixFold(text[i:], w) {
				return true
			}
		}
		if i > 0 && (isAlnum(text[i-1]) || text[i-1] >= 0x80) {
			continue // inside a word
		}
		for _, w := range numberStarts[lower(text[i])] {
			if len(text)-i >= len(w) && hasPrefixFold(text[i:], w) {
				spoken++
				break
			}
		}
	}
	return spoken >= spokenDigits
}

// A pairSet is a set of byte pairs, the first byte in the high half.
type pairSet [1 << 16 / 64]uint64

func (s *pairSet) has(p uint16) bool { return s[p/64]&(1<<(p%64)) != 0 }

// startPairs holds the first two bytes of the introducers and of the
// number words.
var startPairs = func() (s *pairSet) {
	s = new(pairSet)
	for _, lists := range [][256][]string{introducers, numberStarts} {
		for _, list := range lists {
			for _, w := range list {
				p := uint16(w[0])<<8 | uint16(w[1])
				s[p/64] |= 1 << (p % 64)
			}
		}
	}
	return s
}()

// spokenDigits is how many number words a text needs to be read for a
// number dictated in words: a NIR, the shortest, takes seven chunks.
const spokenDigits = 6

// numberStarts are the starts of the number words, by their first letter.
var numberStarts = func() (m [256][]string) {
	for _, w := range []string{"zero", "z\u00e9ro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
		"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante",
		"cinquante", "soixante", "cent", "mille"} {
		m[w[0]] = append(m[w[0]], w)
	}
	return m
}()

// introducers are the starts of the words that may introduce a secret
// written without a digit, by their first letter.
var introducers = func() (m [256][]string) {
	for _, w := range []string{"pass", "pase", "mdp", "m.d.p", "m d p", "pwd", "code", "ident", "login",
		"crypt", "cvv", "cvc", "au dos", "derri", "verso", "pin",
		// Misspelt (« pasword », « criptogramme »), and a RIB's key in words.
		"pasw", "cript", "cryp", "rib",
		// Spanish and Portuguese (« contraseña », « senha », « código »).
		"contras", "senha", "codigo", "c\u00f3digo",
		// A card's expiry with its year in words (« mars deux mille
		// vingt-huit »).
		"deux mille",
		// Other languages (« كلمة السر », « parola », « kennwort »,
		// « пароль »).
		"كلم", "parol", "kennw", "парол",
		// An account's secret question, whose answer opens it.
		"question secr", "question de s", "secret q", "security q", "ponse secr",
		// A walk along the keyboard (weak.go).
		"azert", "qwert", "qsdfg", "asdfg", "wxcvb", "zxcvb",
		// A value the resident says they typed or tried (typed.go).
		"essay", "tapé", "ai mis", "a mis", "je mets", "je tape",
		// A card's expiry dictated in words (expiries.go).
		"expir", "valable jusqu",
		// The old password given alone (oldnew.go).
		"ancien",
		// How a value is typed, said after it (typing.go).
		"apostroph", "guillemet", "accent", "majuscul", "les espaces", "l'espace", "avec un tiret",
		"avec le tiret",
		// A secret question's topic, which names its answer (answers.go).
		"premi\u00e8re \u00e9cole", "premiere ecole", "plat pr", "premier animal", "premi\u00e8re voiture", "premiere voiture",
		"instit", "jeune fille", "ville de naissance", "\u00e9cole primaire", "ecole primaire", "meilleur ami",
		"meilleure amie", "\u00e9ponse \u00e0 la question", "eponse a la question", "premier chien", "premier chat",
		"film pr", "livre pr", "combinaison", "mot de pas", "\U0001f510", "\U0001f511", "\U0001f5dd", "\U0001f50f"} {
		m[w[0]] = append(m[w[0]], w)
	}
	return m
}()

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixFold reports whether s starts with w, in lower case ASCII,
// whatever the case of s.
func hasPrefixFold(s, w string) bool {
	for k := 0; k < len(w); k++ {
		if lower(s[k]) != w[k] {
			return false
		}
	}
	return true
}

// A scanner holds one text, its word tokens and its number groups, and the
// spans found so far.
type scanner struct {
	text      string
	toks      []token
	groups    []group
	protected []span // masks already in the text
	spans     []span
	names     [2]int   // the first tokens naming a code and a password,
	namesRead bool     // once looked for
	runs      [][2]int // the runs of groups holding digits (digitRuns)
	// folded holds the words of the text folded (fold.String) when they
	// are not already: one allocation a text, not one a word.
	folded strings.Builder
	// rare holds, once read, which of the rarer words the text has
	// (rareWords), so that the rules that need them cost a question one
	// pass over its words, not one each.
	rare uint8
	// found remembers, for each set of words has was asked about, whether
	// a token is in it: the tokens never change once read.
	found map[uintptr]bool
	// sent remembers the last sentence sentence found, and whether it
	// names a parcel, so that a message of many codes in one sentence is
	// read once, not once a code.
	sent sentenceMemo
}

// newScanner reads text into a scanner taken from scanners; free gives
// it back once its spans are read.
func newScanner(text string) *scanner {
	sc := scanners.Get().(*scanner)
	sc.text = text
	sc.findMasks()
	sc.tokenize()
	sc.readParadigm()
	sc.group()
	return sc
}

// scanners keeps the scanners Mask is done with, so that their slices
// and their map serve the next message: masking runs on every resident's
// message, and most hold nothing to mask.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// free empties sc, keeping its storage, and gives it back to scanners.
// Nothing of sc may be used after.
func (sc *scanner) free() {
	if cap(sc.toks) > maxKept || cap(sc.groups) > maxKept {
		return // a long message's storage is left to the collector
	}
	clear(sc.found)
	*sc = scanner{
		toks:      sc.toks[:0],
		groups:    sc.groups[:0],
		protected: sc.protected[:0],
		spans:     sc.spans[:0],
		runs:      sc.runs[:0],
		found:     sc.found,
	}
	scanners.Put(sc)
}

// maxKept bounds the tokens and groups a kept scanner holds room for:
// a long message's, a few kilobytes, is not kept.
const maxKept = 256

// findMasks records the masks already in the text: nothing inside them is
// looked at again, so that masking twice is masking once.
func (sc *scanner) findMasks() {
	for i := strings.IndexByte(sc.text, '['); i >= 0; {
		n := 1
		for _, m := range masks {
			if strings.HasPrefix(sc.text[i:], m) {
				sc.protected = append(sc.protected, span{start: i, end: i + len(m)})
				n = len(m)
				break
			}
		}
		j := strings.IndexByte(sc.text[i+n:], '[')
		if j < 0 {
			break
		}
		i += n + j
	}
}

// inMask reports whether byte i is inside a mask already in the text, and
// where that mask ends.
func (sc *scanner) inMask(i int) (end int, ok bool) {
	// The masks are in text order: the last one starting at or before i.
	k := sort.Search(len(sc.protected), func(k int) bool { return sc.protected[k].start > i }) - 1
	if k >= 0 && i < sc.protected[k].end {
		return sc.protected[k].end, true
	}
	return 0, false
}

// add records a secret unless it overlaps one already found or a mask,
// or is a code or a password that is the year of a date (« du 22 mai
// 2025 : … »).
// It reports whether the secret was recorded.
func (sc *scanner) add(start, end int, kind Kind, mask string) bool {
	if start >= end || (kind == Password || kind == CardCode) && (sc.dateYear(start, end) || standIn(sc.text[start:end]) ||
		darijaWords[strings.TrimRight(sc.text[start:end], "?!.,;:")]) {
		return false
	}
	for _, s := range sc.spans {
		if start < s.end && s.start < end {
			return false
		}
	}
	for _, s := range sc.protected {
		if start < s.end && s.start < end {
			return false
		}
	}
	sc.spans = append(sc.spans, span{start, end, kind, mask})
	return true
}

// repeats masks a password or a code given again in the message, as a
// form asks to confirm it (« nouveau mot de passe : Kenza@75 confirmer :
// Kenza@75 », « code 4821, je répète 4821 »): the same characters, as a
// word of their own. A value of fewer than four characters, or a year,
// is too common to be taken again.
func (sc *scanner) repeats() {
	seen := map[string]bool{}
	for _, sp := range sc.spans {
		if sp.mask != MaskPassword || sp.kind != Password && sp.kind != CardCode {
			continue
		}
		v := sc.text[sp.start:sp.end]
		if len(v) < 4 || yearOrPhone(v) || seen[v] {
			continue // each value once: a message may repeat it hundreds of times
		}
		seen[v] = true
		for i := 0; i < len(sc.text); {
			j := strings.Index(sc.text[i:], v)
			if j < 0 {
				break
			}
			s, e := i+j, i+j+len(v)
			if s != sp.start && wordEdge(sc.text, s, e) {
				sc.add(s, e, sp.kind, MaskPassword)
			}
			i = e
		}
		// « j'ai essayé Patate123, puis patate123 »: the same in
		// another case.
		for _, t := range sc.toks {
			if e := t.start + len(v); e <= len(sc.text) && t.start != sp.start && isWordRune(runeAt(sc.text, t.start)) &&
				strings.EqualFold(sc.text[t.start:e], v) && wordEdge(sc.text, t.start, e) {
				sc.add(t.start, e, sp.kind, MaskPassword)
			}
		}
	}
	for _, sp := range sc.spans {
		if v := sc.text[sp.start:sp.end]; sp.kind == Password && sp.mask == MaskPassword && seen[v] {
			seen[v] = false // each value once
			sc.variants(v, sp.start)
		}
	}
}

// variants masks the passwords the resident gives as a variant of the
// password v masked at byte at, the same but for its last characters:
// « cafe-creme-12 et pour ameli c'est le même sauf la fin :
// cafe-creme-13 », « Lyon69 puis Lyon70 ». The common start must be five
// characters at least, and the variant as long as v give or take two.
func (sc *scanner) variants(v string, at int) {
	if len(v) < 7 {
		return
	}
	p := v[:len(v)-2]
	for i := 0; i < len(sc.text); {
		j := strings.Index(sc.text[i:], p)
		if j < 0 {
			break
		}
		s := i + j
		i = s + len(p)
		if before, _ := utf8.DecodeLastRuneInString(sc.text[:s]); s == at || s > 0 && (isWordRune(before) || before == '@') {
			continue
		}
		start, end, ok := sc.runAt(s)
		if !ok || start != s {
			continue
		}
		// « Camille2024! » keeps its « ! », not a full stop after it.
		c := strings.TrimRight(sc.text[start:end], ".")
		if n := len(trimValue(c)); n >= len(v)-2 && n <= len(v)+2 && c != v && passwordLike(c, false) {
			sc.add(start, start+len(c), Password, MaskPassword)
		}
	}
}

// wordEdge reports whether bytes s to e of text stand as a word of their
// own: no letter or digit touches them, nor an address they are part of
// (« Rose12@gmail.com », « rose12.dupont »).
func wordEdge(text string, s, e int) bool {
	before, n := utf8.DecodeLastRuneInString(text[:s])
	if s > 0 && (isWordRune(before) || before == '@' || strings.ContainsRune(".-_", before) && s > n && isWordRune(lastRune(text[:s-n]))) {
		return false
	}
	after, n := utf8.DecodeRuneInString(text[e:])
	if e < len(text) && (isWordRune(after) || after == '@' || strings.ContainsRune(".-_", after) && e+n < len(text) && isWordRune(runeAt(text, e+n))) {
		return false
	}
	return true
}

// taken reports whether byte i is already inside a secret found.
func (sc *scanner) taken(i int) bool {
	for _, s := range sc.spans {
		if i >= s.start && i < s.end {
			return true
		}
	}
	return false
}
