using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ProcGen.Generator.Tests.Infrastructure;

/// <summary>An expected diagnostic marked in source as <c>{|PG0001:text|}</c>: its ID and the span of <c>text</c>.</summary>
internal sealed record MarkedSpan(string Id, TextSpan Span);

/// <summary>Strips <c>{|ID:text|}</c> markers from test source, remembering where each marked text ends up.</summary>
internal static class Markup
{
    private const string Open = "{|";
    private const string Close = "|}";

    public static (string Source, IReadOnlyList<MarkedSpan> Spans) Parse(string markup)
    {
        var source = new StringBuilder(markup.Length);
        var spans = new List<MarkedSpan>();
        int position = 0;
        while (true)
        {
            int open = markup.IndexOf(Open, position, StringComparison.Ordinal);
            if (open < 0) break;
            int colon = markup.IndexOf(':', open);
            int close = markup.IndexOf(Close, open, StringComparison.Ordinal);
            if (colon < 0 || close < 0 || colon > close)
                throw new FormatException($"Unterminated or unnamed marker at offset {open}: use {{|ID:text|}}");
            int nested = markup.IndexOf(Open, open + Open.Length, StringComparison.Ordinal);
            if (nested >= 0 && nested < close)
                throw new FormatException($"Nested markers at offset {open} are not supported");

            source.Append(markup, position, open - position);
            var text = markup.Substring(colon + 1, close - colon - 1);
            spans.Add(new MarkedSpan(markup.Substring(open + Open.Length, colon - open - Open.Length), new TextSpan(source.Length, text.Length)));
            source.Append(text);
            position = close + Close.Length;
        }
        source.Append(markup, position, markup.Length - position);
        return (source.ToString(), spans);
    }
}
