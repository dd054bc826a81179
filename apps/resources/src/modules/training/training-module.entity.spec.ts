import { completedByQuiz, scoreOf, type TrainingModule } from './training-module.entity';

const questions = [
  { id: 'q1', prompt: 'a', options: ['x', 'y'], answer: 1 },
  { id: 'q2', prompt: 'b', options: ['x', 'y'], answer: 0 },
  { id: 'q3', prompt: 'c', options: ['x', 'y', 'z'], answer: 2 },
];
const quizModule: TrainingModule = {
  _id: 'm',
  territoryId: 'national',
  title: 'Posture',
  audience: 'konnecteur',
  mandatory: false,
  parts: [
    { id: 'p1', title: 'Un' },
    { id: 'p2', title: 'Deux' },
  ],
  rule: { kind: 'parts-and-quiz', passMark: 66, questions },
  createdBy: 'hq',
  createdAt: new Date(0),
  updatedAt: new Date(0),
};

describe('training completion rules', () => {
  it('When two of three answers are right, then the score is 66', () => {
    expect(scoreOf(questions, [1, 0, 0])).toBe(66);
    expect(scoreOf(questions, [0, 1, 0])).toBe(0);
  });

  it('When the quiz is passed but a part is unread, then the module is not completed; with every part read, it is', () => {
    const passed = [{ at: new Date(), score: 100, passed: true }];
    expect(completedByQuiz(quizModule, { partsRead: ['p1'], attempts: passed })).toBe(false);
    expect(completedByQuiz(quizModule, { partsRead: ['p2', 'p1'], attempts: passed })).toBe(true);
    expect(completedByQuiz(quizModule, { partsRead: ['p1', 'p2'], attempts: [{ at: new Date(), score: 33, passed: false }] })).toBe(false);
  });
});
