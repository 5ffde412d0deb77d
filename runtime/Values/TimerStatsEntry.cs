namespace ProcGen;

/// <summary>
/// One line of <c>/proc/timer_stats</c> (kernels 2.6.21 to 4.10): a timer started at one place and expiring into
/// one function, and how often it fired during the sample period (<c>tstats_show</c> in
/// <c>kernel/time/timer_stats.c</c>): <c>  12D,     1 swapper/0        start_func (expire_func)</c>.
/// </summary>
/// <param name="Count">How many times the timer expired during the sample period.</param>
/// <param name="IsDeferrable">The timer is deferrable (<c>D</c> after the count): it may wait for the CPU to wake up.</param>
/// <param name="Pid">The process that started the timer (0 for the idle task and interrupts).</param>
/// <param name="Command">The command name (<c>comm</c>) of that process, which may contain blanks.</param>
/// <param name="StartFunction">The function that armed the timer, or its address as <c>&lt;…&gt;</c> when the kernel had no symbol.</param>
/// <param name="ExpireFunction">The function called when the timer expired, or its address as <c>&lt;…&gt;</c>.</param>
public readonly record struct TimerStatsEntry(ulong Count, bool IsDeferrable, int Pid, string Command, string StartFunction, string ExpireFunction);
