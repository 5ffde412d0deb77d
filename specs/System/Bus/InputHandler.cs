namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/bus/input/handlers</c>: a registered input event handler (<c>input_handlers_seq_show</c>
/// in <c>drivers/input/input.c</c>). Read with <c>fs.InputHandlers()</c>.
/// </summary>
/// <remarks>
/// <c>N: Number=1 Name=evdev Minor=64</c>: the position in the kernel's list, the name, <c>(filter)</c> for a
/// handler that can filter events (<c>sysrq</c>), and the first legacy minor number for handlers with device nodes.
/// </remarks>
[ProcFile("bus/input/handlers", Accessor = "InputHandlers"), Rows]
public sealed partial record InputHandler
{
    /// <summary>The handler's position in the kernel's list, from 0 (<c>Number=</c>).</summary>
    [Column(1), Prefix("Number=")] public required uint Number { get; init; }

    /// <summary>The handler's name (<c>kbd</c>, <c>evdev</c>, <c>sysrq</c>, <c>mousedev</c>).</summary>
    [Column(2), Prefix("Name=")] public required string Name { get; init; }

    /// <summary>Whether the handler is a filter (<c>(filter)</c>): it sees events before other handlers and may consume them.</summary>
    [Column(3), OptionalToken("(filter)")] public required bool IsFilter { get; init; }

    /// <summary>The first minor of the handler's legacy device nodes (<c>Minor=64</c> for evdev's <c>/dev/input/event*</c>); <c>null</c> when it has none.</summary>
    [Column(4), Prefix("Minor=")] public int? Minor { get; init; }
}
