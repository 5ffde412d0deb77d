using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;

namespace ProcGen;

/// <summary>
/// <c>/proc/[pid]/auxv</c>: the ELF auxiliary vector the kernel gave the program at <c>execve</c> — binary, a run of
/// (type, value) pairs of the kernel's <c>unsigned long</c>, ended by an <c>AT_NULL</c> pair (<c>proc_pid_auxv</c>
/// in <c>fs/proc/base.c</c> writes <c>mm-&gt;saved_auxv</c> up to and including it). Read as 64-bit words in the
/// machine's byte order: the reader and the kernel are the same machine (the kernel keeps 64-bit words for 32-bit
/// programs too).
/// </summary>
/// <remarks>
/// The entries are in the kernel's order, without the final <c>AT_NULL</c>; a type may repeat (<c>AT_IGNORE</c>).
/// Content whose length is not whole pairs, without its <c>AT_NULL</c>, or with bytes after it is not an auxiliary
/// vector.
/// </remarks>
public sealed class AuxiliaryVector : IProcValue<AuxiliaryVector>, IEquatable<AuxiliaryVector>
{
    private const int PairSize = 2 * sizeof(ulong);

    private readonly AuxiliaryVectorEntry[] _entries;

    private AuxiliaryVector(AuxiliaryVectorEntry[] entries) => _entries = entries;

    /// <summary>The entries, in the kernel's order, without <c>AT_NULL</c>.</summary>
    public IReadOnlyList<AuxiliaryVectorEntry> Entries => _entries;

    /// <summary>The value of the first entry of <paramref name="type"/>, or <c>null</c> when there is none.</summary>
    public ulong? this[AuxiliaryVectorType type]
    {
        get
        {
            foreach (var entry in _entries)
                if (entry.Type == type) return entry.Value;
            return null;
        }
    }

    /// <summary>Whether an entry of <paramref name="type"/> is present, and its value.</summary>
    public bool TryGetValue(AuxiliaryVectorType type, out ulong value)
    {
        foreach (var entry in _entries)
        {
            if (entry.Type != type) continue;
            value = entry.Value;
            return true;
        }
        value = 0;
        return false;
    }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out AuxiliaryVector value)
    {
        value = null!;
        if (utf8.IsEmpty || utf8.Length % PairSize != 0) return false;
        var words = MemoryMarshal.Cast<byte, ulong>(utf8);
        int pairs = words.Length / 2;
        // The AT_NULL pair is the last one, and only the last one: a truncated read or trailing bytes are errors.
        if (words[^2] != (ulong)AuxiliaryVectorType.Null) return false;
        var entries = new AuxiliaryVectorEntry[pairs - 1];
        for (int i = 0; i < entries.Length; i++)
        {
            ulong type = words[2 * i];
            if (type == (ulong)AuxiliaryVectorType.Null) return false;
            entries[i] = new AuxiliaryVectorEntry((AuxiliaryVectorType)type, words[2 * i + 1]);
        }
        value = new AuxiliaryVector(entries);
        return true;
    }

    public bool Equals(AuxiliaryVector? other) => other is not null && _entries.AsSpan().SequenceEqual(other._entries);

    public override bool Equals(object? obj) => Equals(obj as AuxiliaryVector);

    public override int GetHashCode() => _entries.Length == 0 ? 0 : HashCode.Combine(_entries.Length, _entries[0]);

    /// <summary>The entries as <c>AT_PAGESZ=4096 AT_ENTRY=0x55d0c0a1b600 …</c>, the way <c>LD_SHOW_AUXV=1</c> lists them.</summary>
    public override string ToString() => string.Join(' ', _entries);
}

/// <summary>One (type, value) pair of an <see cref="AuxiliaryVector"/>.</summary>
/// <param name="Type">The <c>AT_*</c> type; a number no member names for types newer than this library.</param>
/// <param name="Value">The value: a number, flags, or an address in the process (<c>AT_RANDOM</c>, <c>AT_EXECFN</c>).</param>
public readonly record struct AuxiliaryVectorEntry(AuxiliaryVectorType Type, ulong Value)
{
    /// <summary>The kernel's name for the type (<c>AT_PAGESZ</c>), or <c>AT_</c> and the number for an unknown one.</summary>
    public string Name => KernelName(Type);

    /// <summary>Whether the value is an address in the process rather than a number (printed in hexadecimal).</summary>
    public bool IsAddress => Type is AuxiliaryVectorType.ProgramHeaders or AuxiliaryVectorType.InterpreterBase
        or AuxiliaryVectorType.Entry or AuxiliaryVectorType.Platform or AuxiliaryVectorType.BasePlatform
        or AuxiliaryVectorType.Random or AuxiliaryVectorType.ExecFileName or AuxiliaryVectorType.SystemCallEntry
        or AuxiliaryVectorType.VdsoBase;

    /// <summary><c>AT_PAGESZ=4096</c>; addresses and capability bits in hexadecimal: <c>AT_ENTRY=0x55d0c0a1b600</c>.</summary>
    public override string ToString()
        => Name + "=" + (IsAddress || Type is AuxiliaryVectorType.HardwareCapabilities or AuxiliaryVectorType.HardwareCapabilities2
                or AuxiliaryVectorType.HardwareCapabilities3 or AuxiliaryVectorType.HardwareCapabilities4 or AuxiliaryVectorType.Flags
            ? "0x" + Value.ToString("x", CultureInfo.InvariantCulture)
            : Value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The <c>AT_*</c> name of <paramref name="type"/>.</summary>
    public static string KernelName(AuxiliaryVectorType type) => type switch
    {
        AuxiliaryVectorType.Null => "AT_NULL",
        AuxiliaryVectorType.Ignore => "AT_IGNORE",
        AuxiliaryVectorType.ExecFd => "AT_EXECFD",
        AuxiliaryVectorType.ProgramHeaders => "AT_PHDR",
        AuxiliaryVectorType.ProgramHeaderSize => "AT_PHENT",
        AuxiliaryVectorType.ProgramHeaderCount => "AT_PHNUM",
        AuxiliaryVectorType.PageSize => "AT_PAGESZ",
        AuxiliaryVectorType.InterpreterBase => "AT_BASE",
        AuxiliaryVectorType.Flags => "AT_FLAGS",
        AuxiliaryVectorType.Entry => "AT_ENTRY",
        AuxiliaryVectorType.NotElf => "AT_NOTELF",
        AuxiliaryVectorType.Uid => "AT_UID",
        AuxiliaryVectorType.EffectiveUid => "AT_EUID",
        AuxiliaryVectorType.Gid => "AT_GID",
        AuxiliaryVectorType.EffectiveGid => "AT_EGID",
        AuxiliaryVectorType.Platform => "AT_PLATFORM",
        AuxiliaryVectorType.HardwareCapabilities => "AT_HWCAP",
        AuxiliaryVectorType.ClockTicks => "AT_CLKTCK",
        AuxiliaryVectorType.FpuControlWord => "AT_FPUCW",
        AuxiliaryVectorType.DataCacheBlockSize => "AT_DCACHEBSIZE",
        AuxiliaryVectorType.InstructionCacheBlockSize => "AT_ICACHEBSIZE",
        AuxiliaryVectorType.UnifiedCacheBlockSize => "AT_UCACHEBSIZE",
        AuxiliaryVectorType.IgnorePowerPC => "AT_IGNOREPPC",
        AuxiliaryVectorType.Secure => "AT_SECURE",
        AuxiliaryVectorType.BasePlatform => "AT_BASE_PLATFORM",
        AuxiliaryVectorType.Random => "AT_RANDOM",
        AuxiliaryVectorType.HardwareCapabilities2 => "AT_HWCAP2",
        AuxiliaryVectorType.RseqFeatureSize => "AT_RSEQ_FEATURE_SIZE",
        AuxiliaryVectorType.RseqAlignment => "AT_RSEQ_ALIGN",
        AuxiliaryVectorType.HardwareCapabilities3 => "AT_HWCAP3",
        AuxiliaryVectorType.HardwareCapabilities4 => "AT_HWCAP4",
        AuxiliaryVectorType.ExecFileName => "AT_EXECFN",
        AuxiliaryVectorType.SystemCallEntry => "AT_SYSINFO",
        AuxiliaryVectorType.VdsoBase => "AT_SYSINFO_EHDR",
        AuxiliaryVectorType.L1InstructionCacheShape => "AT_L1I_CACHESHAPE",
        AuxiliaryVectorType.L1DataCacheShape => "AT_L1D_CACHESHAPE",
        AuxiliaryVectorType.L2CacheShape => "AT_L2_CACHESHAPE",
        AuxiliaryVectorType.L3CacheShape => "AT_L3_CACHESHAPE",
        AuxiliaryVectorType.L1InstructionCacheSize => "AT_L1I_CACHESIZE",
        AuxiliaryVectorType.L1InstructionCacheGeometry => "AT_L1I_CACHEGEOMETRY",
        AuxiliaryVectorType.L1DataCacheSize => "AT_L1D_CACHESIZE",
        AuxiliaryVectorType.L1DataCacheGeometry => "AT_L1D_CACHEGEOMETRY",
        AuxiliaryVectorType.L2CacheSize => "AT_L2_CACHESIZE",
        AuxiliaryVectorType.L2CacheGeometry => "AT_L2_CACHEGEOMETRY",
        AuxiliaryVectorType.L3CacheSize => "AT_L3_CACHESIZE",
        AuxiliaryVectorType.L3CacheGeometry => "AT_L3_CACHEGEOMETRY",
        AuxiliaryVectorType.MinimumSignalStackSize => "AT_MINSIGSTKSZ",
        _ => "AT_" + ((ulong)type).ToString(CultureInfo.InvariantCulture),
    };
}
