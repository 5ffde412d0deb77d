namespace ProcGen;

/// <summary>
/// One item of <c>{pid}/environ</c>, split at its <b>first</b> <c>=</c>: the value may itself contain <c>=</c>.
/// An item without any <c>=</c> (possible: <c>execve</c> accepts any strings) has the whole item as
/// <see cref="Name"/> and a <c>null</c> <see cref="Value"/>.
/// </summary>
public readonly record struct EnvironmentVariable(string Name, string? Value)
{
    public override string ToString() => Value is null ? Name : $"{Name}={Value}";
}
