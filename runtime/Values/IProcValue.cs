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
}
