using TelnetTui.Core.Import;

namespace TelnetTui.Core.Book;

/// <summary>What an import did to the book: ids added, entries skipped, notes for the user.</summary>
public sealed record ImportSummary(IReadOnlyList<string> AddedIds, IReadOnlyList<SkippedEntry> Skipped, IReadOnlyList<string> Notes);
