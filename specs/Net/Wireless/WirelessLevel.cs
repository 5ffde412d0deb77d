using System;

namespace ProcGen.Specs;

/// <summary>
/// A link quality, signal level or noise level of <c>/proc/net/wireless</c>: <c>%3d%c</c>, a number followed by
/// <c>.</c> when the driver updated it since the file was last read (<c>IW_QUAL_*_UPDATED</c>), else by a blank.
/// </summary>
/// <param name="Value">The number: link quality in the driver's scale; levels in dBm when negative (<c>IW_QUAL_DBM</c>).</param>
/// <param name="Updated">Whether the driver updated the value since the last read (the trailing <c>.</c>).</param>
public readonly record struct WirelessLevel(int Value, bool Updated) : IProcValue<WirelessLevel>
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out WirelessLevel value)
    {
        value = default;
        bool updated = !utf8.IsEmpty && utf8[^1] == (byte)'.';
        if (!ProcNumber.TryParseDecimal(updated ? utf8[..^1] : utf8, out int number)) return false;
        value = new WirelessLevel(number, updated);
        return true;
    }

    public override string ToString() => Updated ? Value + "." : Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
