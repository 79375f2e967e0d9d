using ResourceMonitor.Domain.Exchanges;

namespace ResourceMonitor.Worker.Exchanges;

/// <summary>One line of the exchange journal: a workflow change or a licence record (exactly one of them).</summary>
/// <param name="Change">A workflow step.</param>
/// <param name="Licence">A licence recorded or updated.</param>
public sealed record ExchangeJournalEntry(WorkflowChange? Change, Licence? Licence);
