using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Runtime.Loader;
using System.Text;

namespace ProcGen.Generator.Tests.Infrastructure;

/// <summary>
/// Declarations plus their generated code, compiled in memory and loaded into a collectible context. ProcGen.Runtime
/// resolves to the copy the tests already loaded, so <see cref="ProcParseException"/> and <see cref="IProcFile{TSelf}"/>
/// are the same types on both sides.
/// </summary>
internal sealed class CompiledAssembly : IDisposable
{
    private readonly TestLoadContext _context;

    private CompiledAssembly(TestLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    /// <summary>Generates, requires a clean generator run and a compilation without errors or warnings, emits and loads.</summary>
    public static CompiledAssembly Compile(params string[] sources)
    {
        var run = GeneratorHarness.Run(sources).AssertClean();
        using var image = new MemoryStream();
        var emitted = run.OutputCompilation.Emit(image);
        Assert.True(emitted.Success, "Emit failed: " + GeneratorRun.Describe(emitted.Diagnostics));
        image.Position = 0;
        var context = new TestLoadContext();
        return new CompiledAssembly(context, context.LoadFromStream(image));
    }

    public Type Type(string fullName)
        => Assembly.GetType(fullName) ?? throw new Xunit.Sdk.XunitException($"No type {fullName} in the compiled assembly");

    /// <summary>Calls the generated <c>Parse</c> through <see cref="IProcFile{TSelf}"/>, rethrowing what it threw.</summary>
    public object Parse(string typeName, string content) => Parse(typeName, Encoding.UTF8.GetBytes(content));

    public object Parse(string typeName, byte[] content)
    {
        // Reflection cannot pass a ReadOnlySpan<byte>; a generic shim over the static abstract Parse can take an array.
        var shim = typeof(CompiledAssembly).GetMethod(nameof(ParseVia), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(Type(typeName));
        try
        {
            return shim.Invoke(null, new object[] { content })!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    /// <summary>Parses content that must be rejected, and returns the error.</summary>
    public ProcParseException ParseFails(string typeName, string content)
        => Assert.Throws<ProcParseException>(() => Parse(typeName, content));

    /// <summary>Parses rows that must be rejected, and returns the error.</summary>
    public ProcParseException ParseFailsRows(string rowTypeName, string content)
        => Assert.Throws<ProcParseException>(() => ParseRows(rowTypeName, content));

    /// <summary>Calls a static method of a generated or declared type (accessors, catalog).</summary>
    public object? Invoke(string typeName, string method, params object?[] arguments)
    {
        var target = Type(typeName).GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Single(m => m.Name == method && m.GetParameters().Length == arguments.Length);
        try
        {
            return target.Invoke(null, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    public static object? Get(object instance, string property)
    {
        var info = instance.GetType().GetProperty(property)
                   ?? throw new Xunit.Sdk.XunitException($"{instance.GetType()} has no property {property}");
        return info.GetValue(instance);
    }

    private static object ParseVia<T>(byte[] content) where T : IProcFile<T> => T.Parse(content)!;

    /// <summary>Parses a rows or header-table declaration's content into its rows (boxed), rethrowing what it threw.</summary>
    public object[] ParseRows(string rowTypeName, string content)
    {
        var shim = typeof(CompiledAssembly).GetMethod(nameof(ParseRowsVia), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(Type(rowTypeName));
        try
        {
            return (object[])shim.Invoke(null, new object[] { Encoding.UTF8.GetBytes(content) })!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    private static object[] ParseRowsVia<T>(byte[] content) where T : IProcRow<T>
    {
        var table = ProcTable<T>.Parse(content);
        var rows = new object[table.Count];
        for (int i = 0; i < rows.Length; i++) rows[i] = table[i]!;
        return rows;
    }

    public void Dispose() => _context.Unload();

    private sealed class TestLoadContext : AssemblyLoadContext
    {
        private static readonly Assembly s_runtime = typeof(ProcFs).Assembly;

        public TestLoadContext() : base("ProcGen.GeneratorTests", isCollectible: true)
        {
        }

        protected override Assembly? Load(AssemblyName name)
            // The runtime must be shared, not reloaded: a second copy would make its exception a different type.
            => name.Name == s_runtime.GetName().Name ? s_runtime : null;
    }
}
