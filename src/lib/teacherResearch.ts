/**
 * The fifth session of the teachers' page, on the part "The research behind the toy" (lessons
 * 16–21): its parts, the guide of each lesson and the worked answers of their exercises, joined
 * from teacherGuideResearchA.ts (lessons 16–18) and teacherGuideResearchB.ts (lessons 19–21).
 */
import { RESEARCH_A_PARTS, researchAExercises, researchAGuide } from './teacherGuideResearchA.ts';
import { RESEARCH_B_PARTS, researchBExercises, researchBGuide } from './teacherGuideResearchB.ts';
import type { LessonGuide, SessionPart } from './teacherSessions.ts';

export const RESEARCH_SESSION: { title: string; parts: SessionPart[] } = {
  title: 'Session 5 — the research behind the toy',
  parts: [...RESEARCH_A_PARTS, ...RESEARCH_B_PARTS],
};

/** The guide of lessons 16–21, computed from their facts on first use. */
export const researchGuide = (): Record<string, LessonGuide> => ({ ...researchAGuide(), ...researchBGuide() });

/** The exercises of lessons 16–21 with their worked answers, in lesson order. */
export const researchExercises = () => [...researchAExercises(), ...researchBExercises()];
