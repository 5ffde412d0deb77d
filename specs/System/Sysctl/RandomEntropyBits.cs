namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/kernel/random/entropy_avail</c> and <c>…/poolsize</c>: bits of entropy the input pool holds and its
/// size in bits (random(4); <c>proc_do_entropy</c> and <c>POOL_BITS</c> in <c>drivers/char/random.c</c>). Since 5.18
/// the pool is a BLAKE2s hash: <c>poolsize</c> is always 256 and <c>entropy_avail</c> sits at 256 once the pool is
/// seeded.
/// </summary>
[ProcFile("sys/kernel/random/entropy_avail", Accessor = "RandomEntropyAvailable"), ProcFile("sys/kernel/random/poolsize", Accessor = "RandomPoolSize"), SingleValue]
public sealed partial record RandomEntropyBits
{
    /// <summary>The number of bits.</summary>
    public required int Bits { get; init; }
}
