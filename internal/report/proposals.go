package report

import (
	"io"
	"regexp"
	"strings"
	"time"

	"pimmsbot/internal/conversation"
)

// ToFill marks what a person must write in a proposal before it can go
// into the FAQ: faq check refuses an entry that still has it.
const ToFill = "À COMPLÉTER"

// WriteProposals writes each proposal as a FAQ entry in YAML, ready to
// paste into faq/<theme>.yaml and edit: the resident's question (masked)
// as the first example, the mediators' replies as the answer's draft, and
// every field the FAQ requires that a person must write marked ToFill
// (id, more questions, situations, keywords, sources, facts, reviewed).
// Comments say where it came from and what to do.
func WriteProposals(w io.Writer, ps []conversation.Proposal, loc *time.Location) error {
	ew := &errWriter{w: w}
	if len(ps) == 0 {
		ew.printf("# Aucune proposition de fiche en attente.\n")
		return ew.err
	}
	for _, p := range ps {
		ew.printf("# ── Proposition n°\u00a0%d\u00a0: demande n°\u00a0%d, par %s, le %s", p.ID, p.Ticket, orDash(p.By), p.At.In(loc).Format("02/01/2006"))
		if !p.Done.IsZero() {
			ew.printf(" (archivée le %s)", p.Done.In(loc).Format("02/01/2006"))
		}
		ew.printf("\n# À coller dans faq/%s.yaml, sous entries:, puis remplir chaque « %s » et lancer pimmsbot faq check.\n", fileTheme(p.Theme), ToFill)
		ew.printf("# Vérifiez chaque fait sur une page officielle. Ensuite\u00a0: pimmsbot faq proposals --done %d\n", p.ID)
		id := ToFill
		if p.Theme != "" {
			id = p.Theme + "-" + ToFill
		}
		ew.printf("  - id: %s   # identifiant en kebab-case, préfixé du thème\n", yamlScalar(id))
		title := frenchSpaces(strings.TrimSpace(p.Title))
		if title == "" {
			title = ToFill + " (une question, qui finit par « ? »)"
		}
		ew.printf("    title: %s\n", yamlScalar(title))
		ew.printf("    questions:   # au moins 6, avec les mots des usagers\n")
		// The resident's own words are a lead, not an example to paste:
		// once in faq/ they would be in git, where no erasure reaches.
		ew.printf("      # question de l'usager, à reformuler sans rien de personnel\u00a0: %s\n",
			strings.NewReplacer("\n", " ", "\r", " ", "\t", " ").Replace(strings.TrimSpace(p.Question)))
		for range 6 {
			ew.printf("      - %s\n", yamlScalar(ToFill))
		}
		ew.printf("    situations:   # au moins 6, à la première personne, sans nommer la démarche\n")
		for range 6 {
			ew.printf("      - %s\n", yamlScalar(ToFill))
		}
		ew.printf("    keywords: [%s]\n", yamlScalar(ToFill))
		ew.printf("    answer: |   # 900 caractères au plus\u00a0; à réécrire pour tous les usagers (réponse d'un médiateur à une personne)\n")
		for _, line := range strings.Split(strings.TrimSpace(p.Answer), "\n") {
			ew.printf("      %s\n", strings.TrimRight(line, " \t"))
		}
		ew.printf("    sources:   # 1 à 3 pages officielles qui disent ce que dit la réponse\n")
		ew.printf("      - %s\n", yamlScalar("https://"+ToFill))
		ew.printf("    facts:   # chaque montant, délai, date, numéro de la réponse, avec sa source\n")
		ew.printf("      - claim: %s\n", yamlScalar(ToFill))
		ew.printf("        source: %s\n", yamlScalar("https://"+ToFill))
		ew.printf("    reviewed: %s   # AAAA-MM-JJ\u00a0: le jour où les faits ont été vérifiés\n", yamlScalar(ToFill))
		ew.printf("    handover: false   # true si la réponse dépend du dossier de la personne\n\n")
	}
	return ew.err
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}

func fileTheme(theme string) string {
	if theme == "" {
		return "<thème>"
	}
	return theme
}

// frenchSpaces puts a no-break space before ? ! : ; after a word, where
// a plain space or none was typed.
func frenchSpaces(s string) string {
	return beforePunct.ReplaceAllString(s, "$1"+nbsp+"$2")
}

var beforePunct = regexp.MustCompile(`([\p{L}\p{N})»])[ \t]?([?!;:])`)
