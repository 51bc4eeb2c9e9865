//go:build !linux

package ui

// threadCPU is not measured on this system.
func threadCPU() (int64, bool) { return 0, false }
