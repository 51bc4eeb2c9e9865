package ui

import "syscall"

// threadCPU is the CPU time the calling thread has used, so UI work can be
// timed apart from the time other programs take the processor away.
func threadCPU() (d int64, ok bool) {
	var ru syscall.Rusage
	const rusageThread = 1 // RUSAGE_THREAD
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0, false
	}
	return ru.Utime.Nano() + ru.Stime.Nano(), true
}
