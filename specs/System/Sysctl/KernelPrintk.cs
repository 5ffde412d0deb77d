namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/kernel/printk</c>: the four console log levels, tab-separated (<c>4\t4\t1\t7</c>): messages more
/// urgent (numerically lower) than <see cref="ConsoleLogLevel"/> reach the console (syslog(2); <c>console_printk</c>
/// in <c>kernel/printk/printk.c</c>, printed by <c>proc_dointvec</c> over a four-int array in
/// <c>kernel/printk/sysctl.c</c>). Levels: 0 emergency … 7 debug.
/// </summary>
[ProcFile("sys/kernel/printk"), Columnar]
public sealed partial record KernelPrintk
{
    /// <summary>Messages with a level below this are printed on the console.</summary>
    [Column(0)] public required int ConsoleLogLevel { get; init; }

    /// <summary>The level of a <c>printk</c> that names none.</summary>
    [Column(1)] public required int DefaultMessageLogLevel { get; init; }

    /// <summary>The lowest value <see cref="ConsoleLogLevel"/> may be set to.</summary>
    [Column(2)] public required int MinimumConsoleLogLevel { get; init; }

    /// <summary>The boot-time default of <see cref="ConsoleLogLevel"/>.</summary>
    [Column(3)] public required int DefaultConsoleLogLevel { get; init; }
}
