using TelnetTui.Telnet.Engine;

namespace TelnetTui.Core.Lines;

/// <summary>A prompt: the text since the last line end when IAC GA or IAC EOR arrived (whatever reads it came in).</summary>
public sealed record SessionPrompt(string Text, string Raw, PromptMark Mark, DateTimeOffset Time);
