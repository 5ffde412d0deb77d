namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/tty/ldiscs</c>: a registered tty line discipline and its number (proc(5);
/// <c>tty_ldiscs_seq_show</c> in <c>drivers/tty/tty_ldisc.c</c>). Read with <c>fs.TtyLineDisciplines()</c>.
/// </summary>
/// <remarks><c>n_tty       0</c>: the name padded to ten columns, then the number <c>TIOCSETD</c> takes.</remarks>
[ProcFile("tty/ldiscs", Accessor = "TtyLineDisciplines"), Rows]
public sealed partial record TtyLineDiscipline
{
    /// <summary>The discipline's name (<c>n_tty</c>, <c>n_null</c>; <c>???</c> when it has none).</summary>
    [Column(0)] public required string Name { get; init; }

    /// <summary>Its number (<c>N_TTY</c> = 0 …), as ioctl(2) <c>TIOCSETD</c> takes it.</summary>
    [Column(1)] public required int Number { get; init; }
}
