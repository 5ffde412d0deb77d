using System;
using System.Globalization;

namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/[pid]/stack</c>: a frame of the task's kernel stack, <c>[&lt;address&gt;] symbol+off/size</c>
/// (<c>proc_pid_stack</c> in <c>fs/proc/base.c</c>). Root only (the kernel checks <c>CAP_SYS_ADMIN</c>): others get
/// permission denied.
/// </summary>
/// <remarks>Since 4.15 the address is printed as 0 so as not to leak the kernel's layout.</remarks>
[ProcFile("{pid}/stack", Accessor = "KernelStack"), Rows]
public sealed partial record KernelStackFrame
{
    /// <summary>The return address as printed inside <c>[&lt;…&gt;]</c>: <c>0</c> on current kernels.</summary>
    [Column(0), Enclosed('[', ']')] public required string Address { get; init; }

    /// <summary>The symbol with offset and size, e.g. <c>hrtimer_nanosleep+0xb5/0x130</c>.</summary>
    [Rest] public required string Symbol { get; init; }

    /// <summary>The function name: <see cref="Symbol"/> before <c>+</c>.</summary>
    public string Function => Symbol.IndexOf('+') is var plus and > 0 ? Symbol[..plus] : Symbol;

    /// <summary>The offset of the return address in the function (<c>0xb5</c>), or <c>null</c> when not printed.</summary>
    public ulong? Offset => Part(0);

    /// <summary>The function's size (<c>0x130</c>), or <c>null</c> when not printed.</summary>
    public ulong? Size => Part(1);

    private ulong? Part(int index)
    {
        int plus = Symbol.IndexOf('+');
        if (plus < 0) return null;
        var parts = Symbol[(plus + 1)..].Split('/');
        if (index >= parts.Length) return null;
        var hex = parts[index].StartsWith("0x", StringComparison.Ordinal) ? parts[index][2..] : parts[index];
        return ulong.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong value) ? value : null;
    }
}
