using System;

namespace ProcGen;

/// <summary>
/// Implemented by the generator for every key-value, columnar and paired-lines declaration, file or
/// <see cref="ProcPartAttribute">part</see>: it parses a slice of a larger content, so that declarations compose.
/// </summary>
public interface IProcPart<TSelf> where TSelf : IProcPart<TSelf>
{
    /// <summary>
    /// Parses <paramref name="part"/>, a slice of <paramref name="utf8"/> (a value, a column, a block of lines).
    /// Errors are located against <paramref name="utf8"/>: their line and column are the file's.
    /// </summary>
    /// <exception cref="ProcParseException">The part does not match the declaration.</exception>
    static abstract TSelf Parse(ReadOnlySpan<byte> utf8, ReadOnlySpan<byte> part);
}
