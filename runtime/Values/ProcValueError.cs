using System;

namespace ProcGen;

/// <summary>
/// Where and why a value's text was rejected: <paramref name="Offset"/> bytes into the text given to
/// <see cref="IProcValue{TSelf}.Diagnose"/>, and what was expected there (<c>a count or &gt;100000 for order 3</c>).
/// </summary>
public readonly record struct ProcValueError(int Offset, string Expected);

/// <summary>
/// The failure a value parser records as it goes: the slice it stopped at and what it expected there. Parsers keep
/// one on the stack and set it only when they fail (<c>return failure.At(field, "…")</c>), so the success path costs
/// nothing; <see cref="IProcValue{TSelf}.Diagnose"/> turns it into a <see cref="ProcValueError"/>.
/// </summary>
public ref struct ProcValueFailure
{
    private ReadOnlySpan<byte> _at;

    /// <summary>What was expected, or <c>null</c> while nothing failed.</summary>
    public string? Expected { get; private set; }

    /// <summary>Records a failure at <paramref name="at"/> (a slice of the text being parsed) and returns <c>false</c>.</summary>
    public bool At(ReadOnlySpan<byte> at, string expected)
    {
        _at = at;
        Expected = expected;
        return false;
    }

    /// <summary>The recorded failure as an offset into <paramref name="text"/>, or <c>null</c> when none was recorded.</summary>
    public readonly ProcValueError? ToError(ReadOnlySpan<byte> text)
        => Expected is null ? null : new ProcValueError(ProcText.OffsetOf(text, _at), Expected);
}
