using TelnetTui.Core.Book;

namespace TelnetTui.Core.Import;

/// <summary>An entry of the dialing directory that was not imported, and why.</summary>
public sealed record SkippedEntry(string Name, int Line, string Reason);

/// <summary>What a SyncTERM dialing directory holds for the book: hosts to add, entries skipped, and notes for the user.</summary>
public sealed record SyncTermImport(string? File, IReadOnlyList<HostEntry> Hosts, IReadOnlyList<SkippedEntry> Skipped, IReadOnlyList<string> Notes);
