// What a reader must know before trusting a story's analysis, in one wording for every front door (the
// Markdown and HTML reports and the story page): that its analysis failed, or that it was sampled.
import type { DossierStory } from '../core/dossier.js';

export interface StoryNotice {
  kind: 'error' | 'sampled';
  /** The notice's name, for writers that head it: "Analysis failed", "Sampled". */
  label: string;
  text: string;
}

export function storyNotices(story: Pick<DossierStory, 'error' | 'sampled' | 'articleIds'>): StoryNotice[] {
  const notices: StoryNotice[] = [];
  if (story.error) {
    notices.push({
      kind: 'error',
      label: 'Analysis failed',
      text: `The analysis of this story failed at the ${story.error.stage} stage (${story.error.message}). Its ${story.articleIds.length} articles are listed below; no claim, quote, timeline or summary was made for it.`,
    });
  }
  if (story.sampled) notices.push({ kind: 'sampled', label: 'Sampled', text: story.sampled.why });
  return notices;
}
