namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/tty/drivers</c>: a tty driver and the device numbers it serves (proc(5);
/// <c>show_tty_driver</c> and <c>show_tty_range</c> in <c>fs/proc/proc_tty.c</c>). Read with <c>fs.TtyDrivers()</c>.
/// </summary>
/// <remarks>
/// <c>serial               /dev/ttyS       4 64-111 serial</c>. The first lines are the kernel's own devices
/// (<c>/dev/tty</c>, <c>/dev/console</c>, <c>/dev/ptmx</c>, <c>/dev/vc/0</c>); a driver whose minors span several
/// majors gets one line per major.
/// </remarks>
[ProcFile("tty/drivers", Accessor = "TtyDrivers"), Rows]
public sealed partial record TtyDriver
{
    /// <summary>The driver's name (<c>serial</c>, <c>pty_slave</c>; <c>unknown</c> when it has none).</summary>
    [Column(0)] public required string Name { get; init; }

    /// <summary>The device node, or the prefix of the nodes, it serves (<c>/dev/ttyS</c> for <c>/dev/ttyS0</c> …).</summary>
    [Column(1)] public required string DeviceNode { get; init; }

    /// <summary>The major device number.</summary>
    [Column(2)] public required uint Major { get; init; }

    /// <summary>The minor numbers served: a range (<c>64-111</c>) or a single minor (<c>0</c>).</summary>
    [Column(3)] public required NumberRange Minors { get; init; }

    /// <summary>
    /// The driver type and subtype as printed: <c>system</c>, <c>system:/dev/tty</c>, <c>system:console</c>,
    /// <c>system:vtmaster</c>, <c>console</c>, <c>serial</c>, <c>pty</c>, <c>pty:master</c>, <c>pty:slave</c>, or
    /// <c>type:N.M</c> for a type the kernel has no name for.
    /// </summary>
    [Column(4)] public required string Type { get; init; }

    /// <summary>The type before any <c>:</c> (<c>system</c>, <c>pty</c>, <c>serial</c> …).</summary>
    public string MainType => Type.IndexOf(':') is var colon and >= 0 ? Type[..colon] : Type;

    /// <summary>The subtype after the <c>:</c> (<c>console</c>, <c>master</c> …), or <c>null</c> when none is printed.</summary>
    public string? Subtype => Type.IndexOf(':') is var colon and >= 0 ? Type[(colon + 1)..] : null;
}
