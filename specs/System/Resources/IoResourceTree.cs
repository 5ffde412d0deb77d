using System;
using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>Rebuilds the tree that <c>iomem</c> and <c>ioports</c> print as indented lines.</summary>
public static class IoResourceTree
{
    /// <summary>
    /// The top-level ranges of <paramref name="resources"/> (in file order, as <c>fs.IoMemory()</c> returns them),
    /// each with the ranges inside it. A line's parent is the last line before it that is less deep; a line
    /// deeper than the one before by more than one level still goes under that one.
    /// </summary>
    public static IReadOnlyList<IoResourceNode<TResource>> Build<TResource>(IEnumerable<TResource> resources)
        where TResource : IIoResource
    {
        ArgumentNullException.ThrowIfNull(resources);
        var roots = new List<IoResourceNode<TResource>>();
        // The open ranges from the top level down to the last line read.
        var open = new List<IoResourceNode<TResource>>();
        foreach (var resource in resources)
        {
            while (open.Count > 0 && open[^1].Resource.Depth >= resource.Depth) open.RemoveAt(open.Count - 1);
            var parent = open.Count > 0 ? open[^1] : null;
            var node = new IoResourceNode<TResource>(resource, parent);
            if (parent is null) roots.Add(node);
            else parent.Add(node);
            open.Add(node);
        }
        return roots;
    }

    /// <summary>
    /// The deepest node whose range holds <paramref name="address"/> (which driver or region owns it), or
    /// <c>null</c> if no range does.
    /// </summary>
    public static IoResourceNode<TResource>? FindInnermost<TResource>(IReadOnlyList<IoResourceNode<TResource>> roots, ulong address)
        where TResource : IIoResource
    {
        ArgumentNullException.ThrowIfNull(roots);
        IoResourceNode<TResource>? found = null;
        var level = roots;
        while (true)
        {
            IoResourceNode<TResource>? next = null;
            foreach (var node in level)
            {
                if (address >= node.Resource.Range.Start && address <= node.Resource.Range.End)
                {
                    next = node;
                    break;
                }
            }
            if (next is null) return found;
            found = next;
            level = next.Children;
        }
    }
}
