import { GENOCIDE_STAGE_NUMBER, GenocideStage } from './early-warning';

describe('GENOCIDE_STAGE_NUMBER', () => {
  it('should number the ten stages 1 to 10 in Stanton order, each once', () => {
    const numbers = Object.values(GenocideStage).map((stage) => GENOCIDE_STAGE_NUMBER[stage]);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
