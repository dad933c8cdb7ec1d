package discord

import (
	"bytes"
	"context"

	"github.com/bwmarrin/discordgo"

	"pimmsbot/internal/conversation"
)

// Announce posts a message for the whole team, with files, to the
// default (first) site's channel: a forum post named title in a forum channel, a
// message in a text channel. It mentions nobody. A retry does not post
// twice: in a forum, a thread already named title is taken as the post;
// in a text channel, Discord's nonce (made from title) returns the first
// message for a few minutes. Errors are as for Post: ETEMPORARY when it
// may work later.
func (d *Desk) Announce(ctx context.Context, title, text string, files []*conversation.Attachment) error {
	channel := d.sites[0].ChannelID
	forum, err := d.isForum(ctx, channel)
	if err != nil {
		return err
	}
	msg := &discordgo.MessageSend{Content: text, AllowedMentions: noMentions()}
	for _, f := range files {
		msg.Files = append(msg.Files, &discordgo.File{Name: f.Name, ContentType: f.MIME, Reader: bytes.NewReader(f.Data)})
	}
	if forum {
		list, err := d.s.GuildThreadsActive(d.cfg.GuildID, opts(ctx)...)
		if err != nil {
			return deskError("list the active threads", err)
		}
		for _, th := range list.Threads {
			if th.ParentID == channel && th.Name == title {
				d.log.Info("announcement already posted", "thread", th.ID)
				return nil
			}
		}
		th, err := d.s.ForumThreadStartComplex(channel,
			&discordgo.ThreadStart{Name: title, AutoArchiveDuration: autoArchive}, msg, opts(ctx)...)
		if err != nil {
			return deskError("post an announcement", err)
		}
		d.log.Info("announcement posted", "thread", th.ID)
		return nil
	}
	m, err := d.send(ctx, channel, msg, nonce("a", 0, title))
	if err != nil {
		return deskError("post an announcement", err)
	}
	d.log.Info("announcement posted", "message", m.ID)
	return nil
}
