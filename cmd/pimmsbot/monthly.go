package main

import (
	"context"
	"log/slog"
	"time"

	"pimmsbot/internal/bolt"
	"pimmsbot/internal/catalog"
	"pimmsbot/internal/hours"
	"pimmsbot/internal/report"
)

// The monthly poster lives in package report (report.Monthly). What
// follows keeps serve.go's call as it is until serve.go starts
// monthlyPoster itself; then this file goes.

type announcer = report.Announcer

const (
	monthlyCheckEvery = report.MonthlyCheckEvery
	monthlyFirstCheck = report.MonthlyFirstCheck
)

type monthly struct {
	cfg     *Config
	store   *bolt.Store
	desk    announcer
	catalog func() *catalog.Catalog
	hours   *hours.Schedule
	now     func() time.Time
	log     *slog.Logger
}

func (m *monthly) run(ctx context.Context, first, every time.Duration) {
	p := monthlyPoster(m.cfg, m.hours, m.store, m.desk, m.catalog, m.log)
	p.Now = m.now
	p.Run(ctx, first, every)
}
