using System;
using System.Collections;
using System.Collections.Generic;

namespace ProcGen;

/// <summary>
/// Blank-separated words read as a set, in the order the kernel prints them: <c>cpuinfo</c>'s <c>flags</c>,
/// <c>bugs</c> and <c>Features</c>, <c>smaps</c>' <c>VmFlags</c>. Membership is what callers ask
/// (<c>flags.Contains("avx2")</c>); a word printed twice counts once. Empty text is the empty set.
/// </summary>
public sealed class WordSet : IReadOnlySet<string>, IProcValue<WordSet>
{
    // Up to this many words a linear scan beats hashing; cpuinfo's flags (100+) get a HashSet on first lookup.
    private const int LinearLimit = 16;

    private readonly string[] _words;
    private HashSet<string>? _lookup;

    /// <summary>The empty set.</summary>
    public static WordSet Empty { get; } = new(Array.Empty<string>());

    private WordSet(string[] words) => _words = words;

    /// <summary>A set of the given words, in their order, without repeats.</summary>
    public static WordSet Of(params string[] words)
    {
        var distinct = new List<string>(words.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
            if (seen.Add(word)) distinct.Add(word);
        return distinct.Count == 0 ? Empty : new WordSet(distinct.ToArray());
    }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out WordSet value)
    {
        int count = ProcText.CountFields(utf8);
        if (count == 0)
        {
            value = Empty;
            return true;
        }
        var words = new string[count];
        int position = 0, kept = 0;
        for (int i = 0; i < count; i++)
        {
            var word = ProcText.NextField(utf8, ref position);
            // A repeated word (never printed by the kernels read here, but cheap to tolerate) is kept once.
            if (IndexOf(words, kept, word) >= 0) continue;
            words[kept++] = FieldParser.String(word);
        }
        if (kept < count) Array.Resize(ref words, kept);
        value = new WordSet(words);
        return true;
    }

    /// <summary>The words in the order they were printed.</summary>
    public IReadOnlyList<string> Words => _words;

    public int Count => _words.Length;

    public bool Contains(string item)
    {
        if (_words.Length <= LinearLimit) return Array.IndexOf(_words, item) >= 0;
        return (_lookup ??= new HashSet<string>(_words, StringComparer.Ordinal)).Contains(item);
    }

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsSubsetOf(IEnumerable<string> other) => ToSet().IsSubsetOf(other);
    public bool IsSupersetOf(IEnumerable<string> other) => ToSet().IsSupersetOf(other);
    public bool IsProperSubsetOf(IEnumerable<string> other) => ToSet().IsProperSubsetOf(other);
    public bool IsProperSupersetOf(IEnumerable<string> other) => ToSet().IsProperSupersetOf(other);
    public bool Overlaps(IEnumerable<string> other) => ToSet().Overlaps(other);
    public bool SetEquals(IEnumerable<string> other) => ToSet().SetEquals(other);

    public override string ToString() => string.Join(' ', _words);

    private HashSet<string> ToSet() => _lookup ??= new HashSet<string>(_words, StringComparer.Ordinal);

    private static int IndexOf(string[] words, int count, ReadOnlySpan<byte> word)
    {
        for (int i = 0; i < count; i++)
        {
            var existing = words[i];
            if (existing.Length != word.Length) continue;
            bool same = true;
            for (int j = 0; j < word.Length && same; j++) same = existing[j] == word[j];
            if (same) return i;
        }
        return -1;
    }
}
