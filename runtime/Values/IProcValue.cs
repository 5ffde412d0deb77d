using System;

namespace ProcGen;

/// <summary>
/// A value type that parses itself from one field or value of a <c>/proc</c> file. Declarations may use any
/// type implementing it as a property type; the generated parser calls <see cref="TryParse"/> directly.
/// </summary>
public interface IProcValue<TSelf> where TSelf : IProcValue<TSelf>
{
    /// <summary>Parses the whole of <paramref name="utf8"/> (already trimmed of surrounding blanks).</summary>
    static abstract bool TryParse(ReadOnlySpan<byte> utf8, out TSelf value);

    /// <summary>
    /// After <see cref="TryParse"/> rejected <paramref name="utf8"/>: where in it and what was expected, so the
    /// <see cref="ProcParseException"/> names the real line and column of a value that spans many lines or fields
    /// (<c>pagetypeinfo</c>, <c>timer_list</c>) instead of the value's start. Called only on the failure path; the
    /// default, <c>null</c>, reports the error at the value's start, which is exact for a single token.
    /// </summary>
    static virtual ProcValueError? Diagnose(ReadOnlySpan<byte> utf8) => null;
}

/// <summary>
/// A value type whose numbers the kernel prints in decimal in some files and in hexadecimal in others
/// (<see cref="DeviceNumber"/>: <c>8:1</c> in <c>mountinfo</c>, <c>08:01</c> in <c>{pid}/maps</c>). A property of
/// such a type marked <see cref="HexAttribute"/> is parsed with <see cref="TryParseHex"/>.
/// </summary>
public interface IProcHexValue<TSelf> : IProcValue<TSelf> where TSelf : IProcHexValue<TSelf>
{
    static abstract bool TryParseHex(ReadOnlySpan<byte> utf8, out TSelf value);
}
