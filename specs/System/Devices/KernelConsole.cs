namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/consoles</c>: a registered kernel console (proc(5); <c>show_console_dev</c> in
/// <c>fs/proc/consoles.c</c>).
/// </summary>
/// <remarks>
/// The kernel prints the name and index (<c>%s%d</c>) padded to 20 columns, the operations the console implements
/// as three letters (<c>R</c>ead, <c>W</c>rite, <c>U</c>nblank, <c>-</c> when absent), its flags in parentheses
/// (a letter or a blank per flag: <c>(EC  p a)</c>), and the tty device's <c>major:minor</c> when it has one.
/// Flags are looked up by letter: older kernels print six positions, newer ones seven (<c>N</c> was added).
/// </remarks>
[ProcFile("consoles", Accessor = "Consoles"), Rows]
public sealed partial record KernelConsole
{
    /// <summary>The console's name with its index appended (<c>ttyS0</c>, <c>tty0</c>, <c>netcon0</c>).</summary>
    [Column(0)] public required string Name { get; init; }

    /// <summary>The operations it implements, as printed (<c>-W-</c>).</summary>
    [Column(1)] public required LetterFlags Operations { get; init; }

    /// <summary>Its flags, as printed between the parentheses (<c>EC  p a</c>).</summary>
    [Column(2), Enclosed('(', ')')] public required LetterFlags Flags { get; init; }

    /// <summary>The tty device behind the console (<c>4:64</c>, decimal); <c>null</c> when it has none.</summary>
    [Column(3)] public DeviceNumber? Device { get; init; }

    /// <summary><c>R</c>: the console can be read from.</summary>
    public bool CanRead => Operations.Has('R');

    /// <summary><c>W</c>: the console can be written to (for an <c>nbcon</c> console, always).</summary>
    public bool CanWrite => Operations.Has('W');

    /// <summary><c>U</c>: the console can be unblanked (screen savers).</summary>
    public bool CanUnblank => Operations.Has('U');

    /// <summary><c>E</c> (<c>CON_ENABLED</c>): kernel messages are printed on it.</summary>
    public bool IsEnabled => Flags.Has('E');

    /// <summary><c>C</c> (<c>CON_CONSDEV</c>): the preferred console, the one <c>/dev/console</c> opens.</summary>
    public bool IsPreferred => Flags.Has('C');

    /// <summary><c>B</c> (<c>CON_BOOT</c>): an early boot console, unregistered once a real one registers.</summary>
    public bool IsBootConsole => Flags.Has('B');

    /// <summary><c>N</c> (<c>CON_NBCON</c>): a console driven by the non-blocking (nbcon) printing path.</summary>
    public bool IsNonBlocking => Flags.Has('N');

    /// <summary><c>p</c> (<c>CON_PRINTBUFFER</c>): on registration it replayed the kernel log buffer.</summary>
    public bool PrintsBuffer => Flags.Has('p');

    /// <summary><c>b</c> (<c>CON_BRL</c>): a braille console.</summary>
    public bool IsBraille => Flags.Has('b');

    /// <summary><c>a</c> (<c>CON_ANYTIME</c>): safe to call while a CPU is offline.</summary>
    public bool IsAnytime => Flags.Has('a');
}
