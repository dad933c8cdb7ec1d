package bolt_test

import (
	"context"
	"strings"
	"testing"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/conversation"
)

// TestReadOfADamagedPageInFrench: a report that meets a damaged page
// tells the site manager what the store says of a damaged file, in
// French and whole, with no English « read …: » before it.
func TestReadOfADamagedPageInFrench(t *testing.T) {
	path := filled(t, 400)
	damageLeafPage(t, path)
	s, err := bolt.Open(path, bolt.Options{LockTimeout: testTimeout})
	if err != nil {
		t.Skipf("the damaged file does not open (%v)", err)
	}
	defer s.Close()
	ctx := context.Background()
	err = s.ForEachConversation(ctx, func(conversation.Conversation) error { return nil })
	if err == nil {
		err = s.ForEachMessage(ctx, 0, ^uint64(0), func(conversation.Message) error { return nil })
	}
	if err == nil {
		t.Skip("the reads met no damaged page")
	}
	if conversation.ErrorCode(err) != conversation.ECORRUPT || !strings.HasPrefix(err.Error(), "la base "+path+" est endommagée") {
		t.Errorf("error %q, want ECORRUPT, starting with « la base %s est endommagée »", err, path)
	}
}
