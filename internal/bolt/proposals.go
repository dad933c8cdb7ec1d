package bolt

import (
	"context"
	"time"

	bbolt "go.etcd.io/bbolt"

	"pimmsbot/internal/conversation"
)

// Proposals returns the FAQ proposals by number: those waiting for review,
// or all of them, archived included, when all is true.
func (s *Store) Proposals(ctx context.Context, all bool) ([]conversation.Proposal, error) {
	var out []conversation.Proposal
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		return scan(tx.Bucket(bucketProposals), "proposal", func(_ []byte, p *conversation.Proposal) error {
			if all || p.Done.IsZero() {
				out = append(out, *p)
			}
			return nil
		})
	})
	if err != nil {
		return nil, readError(err, "read proposals")
	}
	return out, nil
}

// ProposalsWaiting returns the number of FAQ proposals not archived yet,
// for the monthly report.
func (s *Store) ProposalsWaiting(ctx context.Context) (int, error) {
	ps, err := s.Proposals(ctx, false)
	return len(ps), err
}

// ArchiveProposal marks proposal id as reviewed at at: it leaves the list
// of proposals waiting. It returns ENOTFOUND for an unknown proposal and
// EINVALID for one archived already.
func (s *Store) ArchiveProposal(ctx context.Context, id uint64, at time.Time) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketProposals)
		var p conversation.Proposal
		err := get(b, u64(id), &p, "proposal %d", id)
		if conversation.ErrorCode(err) == conversation.ENOTFOUND {
			return notFound("aucune proposition ne porte le n°\u00a0%d\u00a0; pimmsbot faq proposals --all les liste avec leur numéro", id)
		} else if err != nil {
			return err
		}
		if !p.Done.IsZero() {
			return conversation.Errorf(conversation.EINVALID, "la proposition n°\u00a0%d est déjà archivée, depuis le %s\u00a0: rien n'a changé",
				id, p.Done.Format("02/01/2006"))
		}
		p.Done = at
		return put(b, u64(id), &p)
	})
}
