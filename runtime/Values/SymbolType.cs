using System;

namespace ProcGen;

/// <summary>What a symbol is, by the letter <c>nm</c>(1) and <c>kallsyms</c> print for it (case aside).</summary>
public enum SymbolKind
{
    /// <summary><c>?</c> or a letter this library does not know.</summary>
    Unknown,

    /// <summary><c>A</c>: an absolute value, not relocated.</summary>
    Absolute,

    /// <summary><c>B</c>/<c>b</c>: uninitialized data (BSS).</summary>
    Bss,

    /// <summary><c>C</c>/<c>c</c>: common (uninitialized, unallocated) data.</summary>
    Common,

    /// <summary><c>D</c>/<c>d</c>: initialized data.</summary>
    Data,

    /// <summary><c>G</c>/<c>g</c>: initialized data in a small-objects section.</summary>
    SmallData,

    /// <summary><c>i</c>: an indirect function (GNU ifunc).</summary>
    IndirectFunction,

    /// <summary><c>I</c>: an indirect reference to another symbol.</summary>
    IndirectReference,

    /// <summary><c>N</c>: a debugging symbol.</summary>
    Debug,

    /// <summary><c>p</c>: a stack-unwind section.</summary>
    StackUnwind,

    /// <summary><c>R</c>/<c>r</c> (and <c>n</c>): read-only data.</summary>
    ReadOnlyData,

    /// <summary><c>S</c>/<c>s</c>: uninitialized data in a small-objects section.</summary>
    SmallBss,

    /// <summary><c>T</c>/<c>t</c>: code (the text section).</summary>
    Text,

    /// <summary><c>U</c>: undefined, resolved elsewhere.</summary>
    Undefined,

    /// <summary><c>u</c>: a unique global symbol (GNU extension).</summary>
    UniqueGlobal,

    /// <summary><c>V</c>/<c>v</c>: a weak object.</summary>
    WeakObject,

    /// <summary><c>W</c>/<c>w</c>: a weak symbol that is not an object.</summary>
    Weak,

    /// <summary><c>-</c>: a stabs debugging symbol.</summary>
    Stabs,
}

/// <summary>
/// The one-letter type of a symbol in <c>kallsyms</c> (<c>s_show</c> in <c>kernel/kallsyms.c</c>), as <c>nm</c>(1)
/// prints it: upper case for a global symbol (for module symbols: exported), lower case for a local one.
/// </summary>
/// <param name="Letter">The letter as printed (<c>T</c>, <c>t</c>, <c>D</c> …).</param>
public readonly record struct SymbolType(char Letter) : IProcValue<SymbolType>
{
    /// <summary>Whether the letter is upper case: a global symbol, or for a module an exported one.</summary>
    public bool IsGlobal => char.IsAsciiLetterUpper(Letter);

    /// <summary>What the symbol is, from its letter.</summary>
    public SymbolKind Kind => Letter switch
    {
        'A' or 'a' => SymbolKind.Absolute,
        'B' or 'b' => SymbolKind.Bss,
        'C' or 'c' => SymbolKind.Common,
        'D' or 'd' => SymbolKind.Data,
        'G' or 'g' => SymbolKind.SmallData,
        'i' => SymbolKind.IndirectFunction,
        'I' => SymbolKind.IndirectReference,
        'N' => SymbolKind.Debug,
        'p' => SymbolKind.StackUnwind,
        'R' or 'r' or 'n' => SymbolKind.ReadOnlyData,
        'S' or 's' => SymbolKind.SmallBss,
        'T' or 't' => SymbolKind.Text,
        'U' => SymbolKind.Undefined,
        'u' => SymbolKind.UniqueGlobal,
        'V' or 'v' => SymbolKind.WeakObject,
        'W' or 'w' => SymbolKind.Weak,
        '-' => SymbolKind.Stabs,
        _ => SymbolKind.Unknown,
    };

    /// <summary>Exactly one ASCII letter, <c>?</c> or <c>-</c>.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out SymbolType value)
    {
        value = default;
        if (utf8.Length != 1) return false;
        char letter = (char)utf8[0];
        if (!char.IsAsciiLetter(letter) && letter is not ('?' or '-')) return false;
        value = new SymbolType(letter);
        return true;
    }

    public override string ToString() => Letter.ToString();
}
