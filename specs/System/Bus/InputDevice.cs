using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// One block of <c>/proc/bus/input/devices</c>: an input device (<c>input_devices_seq_show</c> in
/// <c>drivers/input/input.c</c>). Read with <c>fs.InputDevices()</c>.
/// </summary>
/// <remarks>
/// Blocks are separated by blank lines. Each line is a letter, <c>: </c>, a name, <c>=</c> and the value
/// (<c>P: Phys=usb-0000:00:14.0-1/input0</c>), so the key is everything before the first <c>=</c>: <c>P: Phys</c>. The
/// <c>B:</c> lines are capability bitmaps (<c>input_seq_print_bitmap</c>), blank-separated hexadecimal words of the
/// machine's <c>long</c>, most significant first (<see cref="InputBitmap"/>); a device prints only the bitmaps of
/// the event types it has.
/// </remarks>
[ProcFile("bus/input/devices", Accessor = "InputDevices"), Blocks(Separator = '=')]
public sealed partial record InputDevice
{
    /// <summary>Bus, vendor, product and version (<c>I: Bus=</c>).</summary>
    [Key("I: Bus")] public required InputDeviceId Id { get; init; }

    /// <summary>The device's name (<c>N: Name="…"</c>).</summary>
    [Key("N: Name")] public required QuotedText Name { get; init; }

    /// <summary>The physical path; empty when the driver gives none.</summary>
    [Key("P: Phys")] public required string Phys { get; init; }

    /// <summary>The device's path under <c>/sys</c>.</summary>
    [Key("S: Sysfs")] public required string Sysfs { get; init; }

    /// <summary>The unique id (a serial number); empty for most devices.</summary>
    [Key("U: Uniq")] public required string Uniq { get; init; }

    /// <summary>The handlers bound to the device (<c>kbd</c>, <c>event0</c>, <c>mouse0</c> …).</summary>
    [Key("H: Handlers")] public required WordSet Handlers { get; init; }

    /// <summary>Device properties (<c>INPUT_PROP_*</c>), 2.6.38+.</summary>
    [Key("B: PROP")] public InputBitmap? Properties { get; init; }

    /// <summary>Event types (<c>EV_*</c>).</summary>
    [Key("B: EV")] public required InputBitmap EventTypes { get; init; }

    /// <summary>Keys and buttons (<c>KEY_*</c>, <c>BTN_*</c>).</summary>
    [Key("B: KEY")] public InputBitmap? Keys { get; init; }

    /// <summary>Relative axes (<c>REL_*</c>).</summary>
    [Key("B: REL")] public InputBitmap? RelativeAxes { get; init; }

    /// <summary>Absolute axes (<c>ABS_*</c>).</summary>
    [Key("B: ABS")] public InputBitmap? AbsoluteAxes { get; init; }

    /// <summary>Miscellaneous events (<c>MSC_*</c>).</summary>
    [Key("B: MSC")] public InputBitmap? Miscellaneous { get; init; }

    /// <summary>LEDs (<c>LED_*</c>).</summary>
    [Key("B: LED")] public InputBitmap? Leds { get; init; }

    /// <summary>Sounds (<c>SND_*</c>).</summary>
    [Key("B: SND")] public InputBitmap? Sounds { get; init; }

    /// <summary>Force-feedback effects (<c>FF_*</c>).</summary>
    [Key("B: FF")] public InputBitmap? ForceFeedback { get; init; }

    /// <summary>Switches (<c>SW_*</c>).</summary>
    [Key("B: SW")] public InputBitmap? Switches { get; init; }

    /// <summary><see cref="EventTypes"/> as flags; bits this enum does not name are left out (read them from the bitmap).</summary>
    public InputEventTypes SupportedEventTypes
    {
        get
        {
            var types = InputEventTypes.None;
            foreach (int bit in EventTypes.SetBits)
                if (bit < 32) types |= (InputEventTypes)(1u << bit) & AllNamed;
            return types;
        }
    }

    private const InputEventTypes AllNamed = InputEventTypes.Synchronization | InputEventTypes.Key | InputEventTypes.Relative
        | InputEventTypes.Absolute | InputEventTypes.Miscellaneous | InputEventTypes.Switch | InputEventTypes.Led | InputEventTypes.Sound
        | InputEventTypes.Repeat | InputEventTypes.ForceFeedback | InputEventTypes.Power | InputEventTypes.ForceFeedbackStatus;

    /// <summary>Lines not declared above, as printed after their <c>=</c>.</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, string> Other { get; init; }
}
