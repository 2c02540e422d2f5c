namespace Summarizer.Core.Summarization;

/// <summary>What <see cref="SentenceRanker"/> knows of each sentence of an article, by sentence index.</summary>
/// <param name="Scores">The summary score: lead prior, centrality and headline overlap, times quality.</param>
/// <param name="Quality">How fit the sentence is to stand alone, from 0 to 1.</param>
/// <param name="Centrality">Undirected centrality (how much of the article the sentence shares), from 0 to 1.</param>
/// <param name="Title">Cosine similarity to the headline.</param>
/// <param name="ContentRank">The sentence's place among sentences fit to summarize (the lead is 0).</param>
internal sealed record RankedSentences(double[] Scores, double[] Quality, double[] Centrality, double[] Title, int[] ContentRank);
