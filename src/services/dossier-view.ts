// The dossier as the two reports (HTML and Markdown) show it: a line saying when it was made and how big
// it is, what this version of Dossier does not compute, each story's view (story-view.ts) with related
// stories named by their titles, and the articles that are in no story. Built once for both writers.
import type { Dossier } from '../core/dossier.js';
import { buildArticleView, type ArticleView } from './article-view.js';
import { buildStoryView, type StoryView } from './story-view.js';
import { plural } from './view-labels.js';

export interface DossierView {
  /** "Generated 2026-11-23T10:00:00.000Z: 18 articles, 3 stories." */
  generated: string;
  /** "Not computed by this version: …." or null. */
  notYetComputed: string | null;
  stories: StoryView[];
  /** Articles outside any story. */
  looseArticles: ArticleView[];
}

export function buildDossierView(dossier: Dossier): DossierView {
  const byId = new Map(dossier.articles.map((a) => [a.id, a]));
  const titles = new Map(dossier.stories.map((s) => [s.id, s.title]));
  const inStory = new Set(dossier.stories.flatMap((s) => s.articleIds));
  const notYet = dossier.analysis?.notYetComputed ?? [];
  return {
    generated: `Generated ${dossier.generatedAt}: ${plural(dossier.articles.length, 'article')}, ${plural(dossier.stories.length, 'story', 'stories')}.`,
    notYetComputed: notYet.length ? `Not computed by this version: ${notYet.join('; ')}.` : null,
    stories: dossier.stories.map((s) => buildStoryView(s, byId, (id) => titles.get(id) ?? null)),
    looseArticles: dossier.articles.filter((a) => !inStory.has(a.id)).map((a) => buildArticleView(a, (id) => byId.get(id))),
  };
}
